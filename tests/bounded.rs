//! Bounded work on pathological input: every shape of `tests/shapes` goes through the whole pipeline (parse,
//! analysis, rules, human and JSON rendering) with peak heap memory, above what was held before it, under
//! 52 MB + 39 × the input size.
//!
//! Memory is counted by a global allocator in this dedicated test binary; the tests take one lock so that
//! each one measures only its own peak. Nothing here is timed: the times in `docs/robustness.md` come from
//! `benches/shapes.rs`. A quadratic pass shows up here as a test that does not finish.

mod shapes;

use charte::files::Emitted;
use charte::Lang;
use charte::{check_bytes, FileReport};
use charte::{check_files, Stream};
use charte::{render, Format};
use peak_alloc::PeakAlloc;
use shapes::settings;
use std::sync::{Mutex, MutexGuard};

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

/// One test measures at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

const MB: usize = 1024 * 1024;

/// Renders the reports in the two formats users read most; returns the total output size.
fn render_all(reports: &[FileReport]) -> usize {
    let human = render(reports, Format::Human, Lang::Fr).expect("a format of check reports");
    let json = render(reports, Format::Json, Lang::Fr).expect("a format of check reports");
    assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
    human.len() + json.len()
}

/// Runs `work` on an input of `size` bytes and checks its peak heap use against the bound.
fn within_bound<T>(name: &str, size: usize, work: impl FnOnce() -> T) -> T {
    // The lexicon, the law tables and the patterns are built once per process, by whichever test runs first: one tiny
    // check before the first measure keeps that one-time cost out of every shape's peak, whatever the order.
    static WARM: std::sync::Once = std::sync::Once::new();
    WARM.call_once(|| {
        let _ = check_bytes("warm.md", shapes::TINY.as_bytes(), &settings());
    });
    HEAP.reset_peak_usage();
    let before = HEAP.current_usage();
    let out = work();
    let peak = HEAP.peak_usage();
    // What the document costs: the peak minus what was held before it (the lexicon, the caches earlier shapes
    // grew, the generated text). Counting that base made the measure depend on the order the tests ran in; the
    // bound was lowered by the usual base (12 MB, and 1 × the generated text) to stay as strict.
    let peak = peak - before;
    let bound = 52 * MB + 39 * size;
    eprintln!(
        "{name}: {size} bytes, peak heap above the baseline {:.1} MB (baseline {:.1} MB), bound {:.1} MB",
        peak as f64 / MB as f64,
        before as f64 / MB as f64,
        bound as f64 / MB as f64
    );
    assert!(
        peak <= bound,
        "{name}: peak heap {peak} bytes over the bound {bound} for {size} bytes of input"
    );
    out
}

/// Checks one generated file at the size `SIZES` gives it; returns its report.
/// A shape's report, with the lock it was measured under: the next test measures only once this report is dropped
/// (fields drop in order: the report, then the lock), so its peak never counts the memory of this one.
struct Measured {
    report: FileReport,
    _guard: MutexGuard<'static, ()>,
}

impl std::ops::Deref for Measured {
    type Target = FileReport;
    fn deref(&self) -> &FileReport {
        &self.report
    }
}

fn shape(name: &str) -> Measured {
    let guard = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let s = shapes::SHAPES
        .iter()
        .find(|s| s.name == name)
        .expect("known shape");
    let text = (s.make)(scaled(size_of(name)));
    let len = text.len();
    let report = within_bound(name, len, || {
        let report = check_bytes(s.path, text.as_bytes(), &settings());
        let reports = vec![report];
        assert!(render_all(&reports) > 0);
        reports.into_iter().next().expect("one report")
    });
    Measured {
        report,
        _guard: guard,
    }
}

/// `CHARTE_SHAPE_SCALE=4 cargo test --test bounded` runs every shape at four times its size, to see growth.
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "a test size times a small positive factor"
)]
fn scaled(size: usize) -> usize {
    let scale: f64 = std::env::var("CHARTE_SHAPE_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    (size as f64 * scale) as usize
}

/// The size each single-file test below uses, so that `write_shapes` writes exactly what they measure.
const SIZES: &[(&str, usize)] = &[
    ("long_paragraph", 4 * MB),
    ("empty_headings", 300_000),
    ("duplicate_ids", 20_000 * 48),
    ("deep_lists", 2 * MB),
    ("deep_blockquotes", 2 * MB),
    ("deep_yaml", 200_000),
    ("deep_front_matter", 200_000),
    ("one_line", 30 * MB),
];

fn size_of(name: &str) -> usize {
    SIZES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, size)| size)
        .expect("a size for every shape")
}

/// `CHARTE_SHAPES_DIR=DIR cargo test --test bounded -- --ignored --exact write_shapes` writes every shape, at the
/// size its test uses, into DIR (and the 5,000 tiny charters into `DIR/many_tiny_files/`), so that
/// `scripts/shapes-against.sh` can time and measure any build of charte, an older one included, on the same files.
#[test]
#[ignore = "writes files; run by scripts/shapes-against.sh"]
fn write_shapes() {
    let dir = std::path::PathBuf::from(
        std::env::var_os("CHARTE_SHAPES_DIR").expect("CHARTE_SHAPES_DIR names the folder to fill"),
    );
    for s in shapes::SHAPES {
        let ext = s.path.rsplit('.').next().unwrap_or("md");
        let text = (s.make)(scaled(size_of(s.name)));
        std::fs::write(dir.join(format!("{}.{ext}", s.name)), text).expect("write a shape");
    }
    let tiny = dir.join("many_tiny_files");
    std::fs::create_dir_all(&tiny).expect("create the folder of tiny files");
    for i in 0..scaled(5_000) {
        std::fs::write(tiny.join(format!("charte-{i}.md")), shapes::TINY)
            .expect("write a tiny charter");
    }
}

fn count(report: &FileReport, code: &str) -> usize {
    report.findings.iter().filter(|f| f.code == code).count()
}

#[test]
fn a_4_mb_paragraph() {
    let r = shape("long_paragraph");
    assert!(r.error.is_none(), "{:?}", r.error);
}

#[test]
fn a_hundred_thousand_empty_headings() {
    let r = shape("empty_headings");
    assert!(r.error.is_none(), "{:?}", r.error);
    // The cap keeps the first findings of each rule and counts the rest in one summary finding.
    let cap = charte::MAX_FINDINGS_PER_RULE;
    let summaries: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.message.contains("ne sont pas affichés"))
        .collect();
    assert!(!summaries.is_empty());
    for s in summaries {
        assert_eq!(count(&r, s.code), cap + 1, "{}", s.message);
        let more: usize = s.message.split(' ').next().unwrap().parse().unwrap();
        assert!(more > 90_000, "{}", s.message);
    }
}

#[test]
fn twenty_thousand_duplicate_ids() {
    let r = shape("duplicate_ids");
    assert!(count(&r, "STR006") >= 1);
}

#[test]
fn deep_lists() {
    let r = shape("deep_lists");
    assert!(r.error.is_none(), "{:?}", r.error);
}

#[test]
fn deep_blockquotes() {
    let r = shape("deep_blockquotes");
    assert!(r.error.is_none(), "{:?}", r.error);
}

#[test]
fn deep_yaml_charter() {
    let r = shape("deep_yaml");
    // Too deep to be a charter: one clear STR000, not a stack overflow nor minutes of work.
    assert_eq!(count(&r, "STR000"), 1, "{:?}", r.findings);
}

#[test]
fn deep_front_matter() {
    let r = shape("deep_front_matter");
    assert_eq!(count(&r, "STR000"), 1, "{:?}", r.findings);
}

#[test]
fn a_30_mb_file_of_one_line() {
    let r = shape("one_line");
    assert!(r.error.is_none(), "{:?}", r.error);
}

/// 5,000 small charters in one folder, through `check`'s own loop in the human format: each file's report is
/// written and dropped, so memory stays that of one file, not of 5,000 reports and their output.
#[test]
fn five_thousand_tiny_files() {
    let _guard = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let n = scaled(5_000);
    let dir = tempfile::tempdir().expect("tempdir");
    let files: Vec<std::path::PathBuf> = (0..n)
        .map(|i| {
            let p = dir.path().join(format!("charte-{i}.md"));
            std::fs::write(&p, shapes::TINY).expect("write");
            p
        })
        .collect();
    let size = n * shapes::TINY.len();
    let mut written = 0;
    let checked = within_bound("many_tiny_files", size, || {
        check_files(
            &files,
            &settings(),
            Stream {
                format: Format::Human,
                ..Stream::default()
            },
            &mut |part: &str| {
                written += part.len();
                Emitted::Done
            },
            &mut |offer: &str| panic!("{offer} is no offer"),
        )
        .expect("written")
    });
    assert_eq!(checked.tally.files, n);
    assert!(checked.reports.is_empty(), "human output keeps no report");
    assert!(
        checked.tally.warnings + checked.tally.errors >= n,
        "{:?}",
        checked.tally
    );
    // Every file's findings were written.
    assert!(written > n * 200, "{written}");
}
