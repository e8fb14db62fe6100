//! Splits the leading `---` YAML block off a Markdown file by hand, keeping its byte offsets.

/// The front matter block of a Markdown file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Split<'a> {
    /// The YAML text between the fences.
    pub yaml: &'a str,
    /// Byte offset of `yaml` in the file.
    pub yaml_start: usize,
    /// Byte offset where the Markdown body starts (after the closing fence line).
    pub body_start: usize,
}

/// Result of looking for a front matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FrontMatter<'a> {
    /// No front matter: the whole file is Markdown.
    None,
    /// A closed front matter.
    Closed(Split<'a>),
    /// Opened with `---` but never closed; the body starts after the opening line.
    Unclosed {
        /// End of the opening fence line.
        body_start: usize,
    },
}

/// Looks for a front matter: the file's first line is `---` (trailing spaces allowed), closed by a line `---` or `...`.
pub(crate) fn split(text: &str) -> FrontMatter<'_> {
    let first_end = match text.find('\n') {
        Some(i) => i + 1,
        None => return FrontMatter::None,
    };
    if text[..first_end].trim_end() != "---" {
        return FrontMatter::None;
    }
    let mut pos = first_end;
    for line in text[first_end..].split_inclusive('\n') {
        let t = line.trim_end();
        if t == "---" || t == "..." {
            return FrontMatter::Closed(Split {
                yaml: &text[first_end..pos],
                yaml_start: first_end,
                body_start: pos + line.len(),
            });
        }
        pos += line.len();
    }
    FrontMatter::Unclosed {
        body_start: first_end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_with_offsets_and_crlf() {
        let text = "---\r\ntitre: X\r\n---\r\n# T\r\n";
        match split(text) {
            FrontMatter::Closed(s) => {
                assert_eq!(s.yaml, "titre: X\r\n");
                assert_eq!(&text[s.yaml_start..s.yaml_start + 5], "titre");
                assert_eq!(&text[s.body_start..], "# T\r\n");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn no_front_matter_and_unclosed() {
        assert_eq!(split("# Titre\n---\n"), FrontMatter::None);
        assert_eq!(
            split("---\ntitre: x\n"),
            FrontMatter::Unclosed { body_start: 4 }
        );
        assert_eq!(split("---"), FrontMatter::None);
    }
}
