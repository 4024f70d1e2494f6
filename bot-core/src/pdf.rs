//! PDF uploads as offices receive them: no scripts, no actions that start programs, no files
//! hidden inside, not encrypted, and without the document's metadata (the Info dictionary
//! with author, creator, producer and dates, and XMP `/Metadata` streams).
//!
//! The file is parsed with `lopdf` (stream decompression bounded, parser panics contained)
//! and written anew from its objects: only the objects the document still references are
//! written, so earlier revisions of an incrementally saved file (with their old Info
//! dictionaries) are gone too. A PDF `lopdf` cannot read is refused rather than passed on
//! unchecked.

use std::panic::{AssertUnwindSafe, catch_unwind};

use lopdf::{Dictionary, Document, LoadOptions, Object};

/// The most any single stream may inflate to while the document is read (object and
/// cross-reference streams are decompressed when loading).
const MAX_STREAM_BYTES: usize = 16 << 20;

/// The problem's type lives in the pure engine, which words the answer to it.
pub use kompass_engine::upload::PdfProblem;

/// Checks a PDF and returns it rewritten without metadata, or why it is refused.
pub fn clean(bytes: &[u8]) -> Result<Vec<u8>, PdfProblem> {
    catch_unwind(AssertUnwindSafe(|| clean_unguarded(bytes))).unwrap_or(Err(PdfProblem::Unreadable))
}

fn load_options() -> LoadOptions {
    LoadOptions {
        max_decompressed_size: Some(MAX_STREAM_BYTES),
        ..LoadOptions::default()
    }
}

fn clean_unguarded(bytes: &[u8]) -> Result<Vec<u8>, PdfProblem> {
    let mut document = match Document::load_mem_with_options(bytes, load_options()) {
        Ok(document) => document,
        // lopdf may fail on an encrypted file it cannot open: say what it is.
        Err(_) if contains(bytes, b"/Encrypt") => return Err(PdfProblem::Encrypted),
        Err(_) => return Err(PdfProblem::Unreadable),
    };
    if document.trailer.has(b"Encrypt") || document.was_encrypted() {
        return Err(PdfProblem::Encrypted);
    }
    if document.objects.is_empty() || document.catalog().is_err() {
        return Err(PdfProblem::Unreadable);
    }
    if let Some(problem) = find_problem(&document) {
        return Err(problem);
    }
    remove_metadata(&mut document);
    let mut out = Vec::with_capacity(bytes.len());
    document
        .save_to(&mut out)
        .map_err(|_| PdfProblem::Unreadable)?;
    // What the office gets must open: a damaged file can read, yet lose its catalog or
    // pages in the rewrite (the fuzz test found one). Read back, with a page, or refused.
    let written = Document::load_mem_with_options(&out, load_options())
        .map_err(|_| PdfProblem::Unreadable)?;
    if written.catalog().is_err() || written.get_pages().is_empty() {
        return Err(PdfProblem::Unreadable);
    }
    Ok(out)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The first refused feature anywhere in the document: every object, every nested
/// dictionary and array (walked without recursion), and the trailer.
fn find_problem(document: &Document) -> Option<PdfProblem> {
    let mut stack: Vec<&Object> = document.objects.values().collect();
    if let Some(problem) = dictionary_problem(&document.trailer) {
        return Some(problem);
    }
    stack.extend(document.trailer.iter().map(|(_, value)| value));
    while let Some(object) = stack.pop() {
        let dictionary = match object {
            Object::Dictionary(dictionary) => dictionary,
            Object::Stream(stream) => &stream.dict,
            Object::Array(items) => {
                stack.extend(items);
                continue;
            }
            _ => continue,
        };
        if let Some(problem) = dictionary_problem(dictionary) {
            return Some(problem);
        }
        stack.extend(dictionary.iter().map(|(_, value)| value));
    }
    None
}

fn dictionary_problem(dictionary: &Dictionary) -> Option<PdfProblem> {
    let name_is = |key: &[u8], name: &[u8]| {
        dictionary
            .get(key)
            .ok()
            .and_then(|value| value.as_name().ok())
            == Some(name)
    };
    // Actions (`/S /JavaScript`, `/JS`), the document's JavaScript name tree and XFA forms
    // (which carry scripts of their own).
    if dictionary.has(b"JS")
        || dictionary.has(b"JavaScript")
        || dictionary.has(b"XFA")
        || name_is(b"S", b"JavaScript")
    {
        return Some(PdfProblem::JavaScript);
    }
    if name_is(b"S", b"Launch") {
        return Some(PdfProblem::Launch);
    }
    // The embedded-files name tree, file specifications with embedded streams, the streams
    // themselves and file-attachment annotations.
    if dictionary.has(b"EmbeddedFiles")
        || dictionary.has(b"EF")
        || name_is(b"Type", b"EmbeddedFile")
        || name_is(b"Subtype", b"FileAttachment")
    {
        return Some(PdfProblem::EmbeddedFile);
    }
    None
}

/// Drops the Info dictionary and every XMP metadata stream and reference to one, then the
/// objects nothing references any more.
fn remove_metadata(document: &mut Document) {
    // The trailer is rebuilt with the catalog alone: Info goes, and so does anything a file
    // hangs on the trailer under another key (the fuzz test found `/Infg 6 0 R` keeping the
    // author's name).
    let root = document.trailer.get(b"Root").ok().cloned();
    document.trailer = Dictionary::new();
    if let Some(root) = root {
        document.trailer.set("Root", root);
    }
    document.objects.retain(|_, object| {
        // XMP is always a stream. A dictionary is kept whatever it says of itself: a
        // damaged catalog with "/Subtype /XML" in it went, and the whole document with it.
        let Object::Stream(stream) = object else {
            return true;
        };
        let (dictionary, content) = (&stream.dict, &stream.content);
        let name = |key: &[u8]| dictionary.get(key).ok().and_then(|v| v.as_name().ok());
        // XMP by its type, or by its packet wherever it is referenced from.
        let xmp = name(b"Type") == Some(b"Metadata")
            || name(b"Subtype") == Some(b"XML")
            || contains(content, b"<?xpacket")
            || contains(content, b"x:xmpmeta");
        !xmp
    });
    let mut stack: Vec<&mut Object> = document.objects.values_mut().collect();
    while let Some(object) = stack.pop() {
        let dictionary = match object {
            Object::Dictionary(dictionary) => dictionary,
            Object::Stream(stream) => &mut stream.dict,
            Object::Array(items) => {
                stack.extend(items.iter_mut());
                continue;
            }
            _ => continue,
        };
        // XMP references, application data some producers keep (often with the author's
        // name), and the Info keys wherever a damaged file put its Info dictionary (the
        // fuzz test found one read as a page's content after a repaired cross-reference).
        for key in [
            &b"Metadata"[..],
            b"PieceInfo",
            b"Author",
            b"Creator",
            b"Producer",
            b"Keywords",
            b"CreationDate",
            b"ModDate",
        ] {
            dictionary.remove(key);
        }
        stack.extend(dictionary.iter_mut().map(|(_, value)| value));
    }
    document.prune_objects();
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    use lopdf::{Stream, dictionary};

    /// A one-page PDF; `extra` adds entries to the catalog, `info` sets an Info dictionary,
    /// and `xmp` adds an XMP metadata stream holding that text.
    pub(crate) fn pdf(extra: Dictionary, info: Option<Dictionary>, xmp: Option<&str>) -> Vec<u8> {
        let mut document = Document::with_version("1.7");
        let pages_id = document.new_object_id();
        let content_id = document.add_object(Stream::new(
            dictionary! {},
            b"BT /F1 24 Tf 72 700 Td (Hello) Tj ET".to_vec(),
        ));
        let page_id = document.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        });
        document.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages",
                "Kids" => vec![page_id.into()],
                "Count" => 1,
            }),
        );
        let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
        if let Some(text) = xmp {
            let xmp_id = document.add_object(Stream::new(
                dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
                text.as_bytes().to_vec(),
            ));
            catalog.set("Metadata", xmp_id);
        }
        for (key, value) in extra.iter() {
            catalog.set(key.clone(), value.clone());
        }
        let catalog_id = document.add_object(catalog);
        document.trailer.set("Root", catalog_id);
        if let Some(info) = info {
            let info_id = document.add_object(info);
            document.trailer.set("Info", info_id);
        }
        let mut bytes = Vec::new();
        document.save_to(&mut bytes).unwrap();
        bytes
    }

    #[test]
    fn metadata_is_removed_and_the_page_stays() {
        let seed = "SEED-author-7f3a";
        let original = pdf(
            dictionary! {},
            Some(dictionary! {
                "Author" => Object::string_literal(seed),
                "Producer" => Object::string_literal("Scanner 3000"),
            }),
            Some(&format!(
                "<x:xmpmeta><dc:creator>{seed}-xmp</dc:creator></x:xmpmeta>"
            )),
        );
        assert!(contains(&original, seed.as_bytes()));
        let cleaned = clean(&original).unwrap();
        assert!(!contains(&cleaned, seed.as_bytes()));
        assert!(!contains(&cleaned, b"Scanner 3000"));
        let reread = Document::load_mem(&cleaned).unwrap();
        assert_eq!(reread.get_pages().len(), 1);
        assert!(contains(&cleaned, b"(Hello) Tj"));
    }

    /// The fuzz test's find: a damaged catalog that says "/Subtype /XML" was taken for
    /// XMP and dropped, and the rewritten file had no catalog and no page.
    #[test]
    fn a_catalog_that_looks_like_metadata_stays() {
        let original = pdf(dictionary! { "Subtype" => "XML" }, None, None);
        let cleaned = clean(&original).unwrap();
        assert_eq!(Document::load_mem(&cleaned).unwrap().get_pages().len(), 1);
        assert!(contains(&cleaned, b"(Hello) Tj"));
        assert!(clean(&cleaned).is_ok());
    }

    #[test]
    fn scripts_launch_actions_and_embedded_files_are_refused() {
        let js = pdf(
            dictionary! { "OpenAction" => dictionary! { "S" => "JavaScript", "JS" => Object::string_literal("app.alert(1)") } },
            None,
            None,
        );
        assert_eq!(clean(&js), Err(PdfProblem::JavaScript));
        let launch = pdf(
            dictionary! { "OpenAction" => dictionary! { "S" => "Launch", "F" => Object::string_literal("calc.exe") } },
            None,
            None,
        );
        assert_eq!(clean(&launch), Err(PdfProblem::Launch));
        let embedded = pdf(
            dictionary! { "Names" => dictionary! { "EmbeddedFiles" => dictionary! { "Names" => vec![] } } },
            None,
            None,
        );
        assert_eq!(clean(&embedded), Err(PdfProblem::EmbeddedFile));
        assert_eq!(clean(b"%PDF-1.7\nnot really"), Err(PdfProblem::Unreadable));
    }

    /// Deeply nested arrays must not overflow the stack (that would abort the process).
    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        for depth in [1_000, 100_000] {
            let mut bytes = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X ".to_vec();
            bytes.extend(std::iter::repeat_n(b'[', depth));
            bytes.extend(std::iter::repeat_n(b']', depth));
            bytes.extend_from_slice(b" >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
            assert!(clean(&bytes).is_err());
        }
    }
}
