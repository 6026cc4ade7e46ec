//! Where a command's time goes, phase by phase, for whoever measures it: with `LAKIP_TIMINGS`
//! set (to anything but empty or `0`), the end of each phase is written to stderr with the
//! milliseconds since `main` began (`lakip timings:    45.12 ms  workbook opened`). The
//! phases of one import run on two threads; each line is written whole, and their times say
//! which ended first. Unset, a phase costs one load of a set-once value; nothing else of a
//! command changes (the progress spinner is left off while they are on: it would write over
//! their lines).

use std::io::Write;
use std::sync::OnceLock;
use std::time::Instant;

/// The environment variable that turns the timings on.
pub const ENV: &str = "LAKIP_TIMINGS";

static START: OnceLock<Option<Instant>> = OnceLock::new();

/// Starts the clock, if the variable is set: called first thing in `main`. A library caller
/// that never calls it gets no timings.
pub fn start() {
    START.get_or_init(|| {
        std::env::var_os(ENV)
            .filter(|v| !v.is_empty() && v != "0")
            .map(|_| Instant::now())
    });
}

/// Whether the timings are on.
pub fn on() -> bool {
    matches!(START.get(), Some(Some(_)))
}

/// The end of a phase (`what` is formatted only when the timings are on). A stderr that
/// cannot be written to loses the line; the command goes on.
pub fn phase(what: impl std::fmt::Display) {
    if let Some(Some(start)) = START.get() {
        let ms = start.elapsed().as_secs_f64() * 1e3;
        let _ = writeln!(
            std::io::stderr().lock(),
            "lakip timings: {ms:9.2} ms  {what}"
        );
    }
}
