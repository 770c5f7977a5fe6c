//! Running the checks over inputs: streams on every worker thread, results in input order.

use std::borrow::Cow;
use std::io::IsTerminal as _;
use std::path::Path;
use std::sync::OnceLock;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::check::{Checked, Options, check, unreadable, verdict};
use crate::input::{Input, records};
use crate::lean;

/// Records checked together: each batch is checked on all threads, then reported in order
/// before the next, so output is the same whatever the number of threads.
const BATCH: usize = 1024;

/// An input of at least this many bytes gets a progress display (on a terminal).
const LARGE_BYTES: usize = 16 << 20;

/// A stream of at least this many records gets a progress display (on a terminal).
const MANY_RECORDS: usize = 5000;

/// Checks inputs, streams with a pool of worker threads.
pub(crate) struct Runner {
    jobs: usize,
    /// Started with the first stream: a single document is checked on the main thread, and
    /// idle workers would only cost time. `None` if the threads could not be started; streams
    /// are then checked on the main thread, with the same results.
    pool: OnceLock<Option<rayon::ThreadPool>>,
    options: Options,
    progress: bool,
}

impl Runner {
    /// A runner with `jobs` threads for streams (0: one per core); `progress` allows a progress
    /// display on standard error, shown only when it is a terminal and the input is large.
    pub(crate) fn new(jobs: usize, options: Options, progress: bool) -> Self {
        Self {
            jobs,
            pool: OnceLock::new(),
            options,
            progress: progress && std::io::stderr().is_terminal(),
        }
    }

    fn pool(&self) -> Option<&rayon::ThreadPool> {
        self.pool
            .get_or_init(|| {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(self.jobs)
                    .build()
                    .ok()
            })
            .as_ref()
    }

    /// Checks a batch of records, on every worker thread when there are any, in input order.
    fn batch(&self, batch: &[crate::input::Record<'_>]) -> Vec<Checked> {
        let one = |r: &crate::input::Record<'_>| check(r.text, r.line, self.options);
        match self.pool() {
            Some(pool) if self.jobs != 1 => pool.install(|| batch.par_iter().map(one).collect()),
            _ => batch.iter().map(one).collect(),
        }
    }

    /// Reads `input` and checks each dataset in it, passing the results to `emit` in input
    /// order; stops at the first error `emit` returns.
    pub(crate) fn run<E>(
        &self,
        input: &Input,
        mut emit: impl FnMut(&Checked) -> Result<(), E>,
    ) -> Result<(), E> {
        if let Input::File(path) = input
            && let Some(checked) = self.lean(input, path)
        {
            return emit(&checked);
        }
        let bytes = match input.read() {
            Ok(bytes) => bytes,
            Err(e) => return emit(&unreadable(&e)),
        };
        let records = records(&bytes);
        let bar = self.bar(input, bytes.len(), records.len());
        let result = match records.as_slice() {
            [one] => emit(&check(one.text, one.line, self.options)),
            _ => records.chunks(BATCH).try_for_each(|batch| {
                let checked = self.batch(batch);
                bar.inc(batch.len() as u64);
                checked.iter().try_for_each(&mut emit)
            }),
        };
        bar.finish_and_clear();
        result
    }

    /// Checks a regular file without holding its text while the dataset is built
    /// (`lean::decode_dataset`); `None` when that path gives up, and the file is to be read whole.
    /// The text is read again only to place violations, and only if the file still has the
    /// length it had; otherwise the violations have no position.
    fn lean(&self, input: &Input, path: &Path) -> Option<Checked> {
        let file = std::fs::File::open(path).ok()?;
        let meta = file.metadata().ok()?;
        if !meta.is_file() {
            // A pipe or a device cannot be read a second time.
            return None;
        }
        let bar = self.bar(input, usize::try_from(meta.len()).unwrap_or(usize::MAX), 1);
        let decoded = lean::decode_dataset(file);
        let checked = decoded.ok().map(|dataset| {
            verdict(dataset, None, self.options, || {
                std::fs::read(path)
                    .ok()
                    .filter(|text| text.len() as u64 == meta.len())
                    .map(Cow::Owned)
            })
        });
        bar.finish_and_clear();
        checked
    }

    fn bar(&self, input: &Input, bytes: usize, records: usize) -> ProgressBar {
        let name = crate::escape::clean(&input.name()).into_owned();
        if !self.progress {
            return ProgressBar::hidden();
        }
        if records >= MANY_RECORDS {
            let bar =
                ProgressBar::with_draw_target(Some(records as u64), ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(
                "{msg} [{bar:30}] {human_pos}/{human_len} datasets ({elapsed}, {eta} left)",
            ) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.set_message(name);
            bar
        } else if bytes >= LARGE_BYTES {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
                bar.set_style(style);
            }
            bar.set_message(format!("checking {name} ({} MB)", bytes >> 20));
            bar.enable_steady_tick(Duration::from_millis(100));
            bar
        } else {
            ProgressBar::hidden()
        }
    }
}
