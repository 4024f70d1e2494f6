# الترجمة: يُترجَم رد المكتب للشخص.
mediation-pending = ردّ عليك { $institution }. يترجم مترجم الرد إلى لغتك. سيصلك هنا قريبًا.
mediation-translated = ترجمة من مترجم:
mediation-original = النص باللغة الألمانية:
