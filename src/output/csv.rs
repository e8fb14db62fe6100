//! The two CSV dialects of every table charte exports (`offer` matrix, `compare` matrix): plain RFC 4180, or for a
//! French spreadsheet (LibreOffice Calc, Excel in French) — `;` between fields, a byte order mark so the UTF-8 is
//! recognised on opening, and a decimal comma so shares stay numbers. Fields go through
//! [`super::escape::csv_field_with`], which also neutralises spreadsheet formulas.

use super::escape::csv_field_with;

/// CSV dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CsvStyle {
    /// RFC 4180: `,`, decimal point, no BOM.
    Plain,
    /// LibreOffice Calc / Excel in French: `;`, BOM, decimal comma.
    French,
}

impl CsvStyle {
    /// The field separator.
    pub(crate) fn separator(self) -> char {
        match self {
            CsvStyle::Plain => ',',
            CsvStyle::French => ';',
        }
    }

    /// The decimal mark of numbers.
    pub(crate) fn decimal(self) -> char {
        match self {
            CsvStyle::Plain => '.',
            CsvStyle::French => ',',
        }
    }

    /// What the file starts with: a UTF-8 byte order mark for a French spreadsheet, nothing otherwise.
    pub(crate) fn start(self) -> &'static str {
        match self {
            CsvStyle::Plain => "",
            CsvStyle::French => "\u{feff}",
        }
    }

    /// One record: the fields escaped and separated, ended by CRLF.
    pub(crate) fn record<S: AsRef<str>>(self, fields: &[S]) -> String {
        let sep = self.separator();
        let mut out = String::new();
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                out.push(sep);
            }
            out.push_str(&csv_field_with(f.as_ref(), sep));
        }
        out.push_str("\r\n");
        out
    }

    /// A number with `places` decimals, written with this dialect's decimal mark.
    pub(crate) fn number(self, x: f64, places: usize) -> String {
        let s = format!("{x:.places$}");
        match self {
            CsvStyle::Plain => s,
            CsvStyle::French => s.replace('.', ","),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CsvStyle;

    #[test]
    fn french_records_use_semicolons_and_decimal_commas() {
        let f = CsvStyle::French;
        assert_eq!(f.start(), "\u{feff}");
        let shares = f.number(0.75, 4);
        assert_eq!(
            f.record(&["a;b", shares.as_str(), "x"]),
            "\"a;b\";0,7500;x\r\n"
        );
        let p = CsvStyle::Plain;
        assert_eq!(p.start(), "");
        let shares = p.number(0.75, 4);
        assert_eq!(p.record(&["a,b", shares.as_str()]), "\"a,b\",0.7500\r\n");
    }
}
