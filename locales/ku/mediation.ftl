# Navbeynkarên ziman: bersiva daîreyê ji bo kesê tê wergerandin.
mediation-pending = { $institution } bersiva we da. Wergêrek bersivê werdigerîne zimanê we. Hûn ê wê di demek nêzîk de li vir bistînin.
mediation-translated = Wergera wergêrekî:
mediation-original = Nivîsa bi almanî:
