//! The new part of an office's answer: the quoted request below it ("Am … schrieb …:",
//! Outlook's "Von: … Gesendet: …" block, `>` lines) and the signature (after `-- `, or
//! after a closing like "Mit freundlichen Grüßen" and the name) are cut off. A newcomer on
//! a small phone should read the answer, not their own request again and the office's
//! opening hours. Of the signature, the telephone lines stay: the
//! caseworker's number is often the one thing there the newcomer needs.

/// Closings after which only the writer's name (at most two lines) is kept.
const CLOSINGS: &[&str] = &[
    "mit freundlichen grüßen",
    "mit freundlichen grüssen",
    "freundliche grüße",
    "freundliche grüsse",
    "viele grüße",
    "viele grüsse",
    "beste grüße",
    "beste grüsse",
    "herzliche grüße",
    "mfg",
    "kind regards",
    "best regards",
    "regards",
    "best wishes",
];

/// Lines that begin the quoted history.
fn starts_history(lines: &[&str], index: usize) -> bool {
    let line = lines[index].trim();
    let lower = line.to_lowercase();
    if lower.starts_with("-----") && (lower.contains("original") || lower.contains("ursprüngliche"))
    {
        return true;
    }
    // "Am 03.12.2026 um 10:15 schrieb Kompass <…>:", also wrapped over two lines.
    if lower.starts_with("am ") || lower.starts_with("on ") {
        let joined = match lines.get(index + 1) {
            Some(next) => format!("{lower} {}", next.trim().to_lowercase()),
            None => lower.clone(),
        };
        let ends = |text: &str| {
            let text = text.trim_end();
            text.ends_with(':') && (text.contains(" schrieb") || text.contains(" wrote"))
        };
        if ends(&lower) || ends(&joined) {
            return true;
        }
    }
    // Outlook: "Von: …" followed by "Gesendet: …" / "An: …" within a few lines.
    if lower.starts_with("von:") || lower.starts_with("from:") {
        return lines[index + 1..].iter().take(4).any(|next| {
            let next = next.trim().to_lowercase();
            next.starts_with("gesendet:")
                || next.starts_with("sent:")
                || next.starts_with("an:")
                || next.starts_with("to:")
                || next.starts_with("datum:")
                || next.starts_with("date:")
        });
    }
    false
}

/// After a closing: the name is read, the rest is the signature.
const SIGNATURE: usize = usize::MAX;

/// "Tel. 05264 644-12", "Telefon: …", "Durchwahl …", "Mobil …", "Phone …": a line of a
/// signature that gives a number to call (not a fax).
fn is_telephone_line(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let digits = lower.chars().filter(char::is_ascii_digit).count();
    [
        "tel",
        "telefon",
        "fon",
        "durchwahl",
        "mobil",
        "handy",
        "phone",
    ]
    .iter()
    .any(|word| {
        lower
            .strip_prefix(word)
            .is_some_and(|rest| rest.starts_with(['.', ':', ' ', '/']) || rest.is_empty())
    }) && digits >= 5
}

/// The new text of an answer, without quoted history and signature.
pub fn new_text(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.lines().collect();
    let mut kept: Vec<&str> = Vec::new();
    let mut after_closing: Option<usize> = None;
    for (index, line) in lines.iter().enumerate() {
        if starts_history(&lines, index) {
            break;
        }
        if *line == "-- " || line.trim_end() == "--" {
            after_closing = Some(SIGNATURE);
            continue;
        }
        if line.trim_start().starts_with('>') {
            // Quoted lines (also between the office's own lines in an inline answer).
            continue;
        }
        if let Some(count) = after_closing.as_mut() {
            if *count == SIGNATURE {
                if is_telephone_line(line) {
                    kept.push(line.trim());
                }
                continue;
            }
            if line.trim().is_empty() {
                if *count > 0 {
                    *count = SIGNATURE;
                }
                continue;
            }
            if *count >= 2 {
                *count = SIGNATURE;
                if is_telephone_line(line) {
                    kept.push(line.trim());
                }
                continue;
            }
            *count += 1;
        }
        let lower = line.trim().trim_end_matches(',').to_lowercase();
        if after_closing.is_none() && CLOSINGS.contains(&lower.as_str()) {
            after_closing = Some(0);
        }
        kept.push(line.trim_end());
    }
    // No runs of blank lines, none at either end.
    let mut out: Vec<&str> = Vec::new();
    for line in kept {
        if line.is_empty() && out.last().is_none_or(|last| last.is_empty()) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(|line| line.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::new_text;

    #[test]
    fn thunderbird_style_quote_and_signature_go() {
        let mail = "Guten Tag,\r\n\r\nbitte bringen Sie Ihren Pass mit.\r\n\r\nMit freundlichen Grüßen\r\nM. Müller\r\nBürgerbüro\r\n\r\nRathaus Kalletal, Zimmer 3\r\nÖffnungszeiten: Mo–Fr 8–12 Uhr\r\n\r\nAm 03.12.2026 um 10:15 schrieb Kompass:\r\n> Anmeldung einer Wohnung\r\n> Familienname: Haddad\r\n";
        assert_eq!(
            new_text(mail),
            "Guten Tag,\n\nbitte bringen Sie Ihren Pass mit.\n\nMit freundlichen Grüßen\nM. Müller\nBürgerbüro"
        );
    }

    #[test]
    fn outlook_history_and_dash_signature_go() {
        let mail = "Der Termin ist am Montag.\n-- \nStadt Kalletal\nTel. 05264 0000\n";
        assert_eq!(new_text(mail), "Der Termin ist am Montag.\nTel. 05264 0000");
        let mail = "Der Termin ist am Montag.\n-- \nStadt Kalletal\nRathaus, Zimmer 3\n";
        assert_eq!(new_text(mail), "Der Termin ist am Montag.");
        let mail = "Bitte kommen Sie vorbei.\n\nVon: Kompass <kompass@kalletal.example>\nGesendet: Mittwoch, 3. Dezember 2026 10:15\nAn: Bürgerbüro\nBetreff: Anmeldung\n\nFamilienname: Haddad\n";
        assert_eq!(new_text(mail), "Bitte kommen Sie vorbei.");
        let mail = "Yes.\n\n-----Original Message-----\nFrom: x\n";
        assert_eq!(new_text(mail), "Yes.");
    }

    #[test]
    fn wrapped_gmail_attribution_and_inline_quotes() {
        let mail = "Danke.\n\nOn Wed, Dec 3, 2026 at 10:15 AM Kompass <kompass@kalletal.example>\nwrote:\n> old\n";
        assert_eq!(new_text(mail), "Danke.");
        let mail =
            "> Haben Sie einen Pass?\nJa, bitte mitbringen.\n> Und die Meldebescheinigung?\nAuch.";
        assert_eq!(new_text(mail), "Ja, bitte mitbringen.\nAuch.");
    }

    /// Sozialamt field test: "Tel. 05264 644-0" under the caseworker's name was cut with
    /// the rest of the signature; a number to call is what a newcomer may need from it.
    #[test]
    fn telephone_lines_of_the_signature_stay() {
        let mail = "Bitte rufen Sie mich an.\n\nMit freundlichen Grüßen\nM. Schneider\nSozialamt\nRathaus, Zimmer 4\nTel. 05264 644-12\nFax 05264 644-99\nTelefon: 0151 2345678\nÖffnungszeiten: Mo–Fr 8–12 Uhr\n\n-----Ursprüngliche Nachricht-----\nTel. 0000 11111\n";
        assert_eq!(
            new_text(mail),
            "Bitte rufen Sie mich an.\n\nMit freundlichen Grüßen\nM. Schneider\nSozialamt\nTel. 05264 644-12\nTelefon: 0151 2345678"
        );
        let mail = "Ja.\n\nViele Grüße\nAnna\n\nTelefonzeiten: Mo 8-12\nTel: 12\n";
        assert_eq!(new_text(mail), "Ja.\n\nViele Grüße\nAnna");
    }

    #[test]
    fn text_that_only_mentions_words_stays() {
        let mail = "Am Montag ist das Amt geschlossen.\nVon: 8 Uhr bis 12 Uhr sind wir da.";
        assert_eq!(new_text(mail), mail);
    }
}
