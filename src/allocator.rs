//! glibc's allocator, tuned for a long-running bot that is idle most of the time: two
//! arenas, and freed memory above 128 KB handed back to the system instead of kept.
//!
//! Measured with 100,000 stored conversations on sled (docs/benchmarks.md, "Idle memory with
//! stored conversations"): 39.2–39.4 MB idle instead of 43.2–43.3 MB (the bot's own memory,
//! `RssAnon`, 19.5–19.9 instead of 24.1–24.7 MB), and a peak of 82–89 MB instead of 115 MB in
//! a 1,000-user run, at the same CPU per step. These were environment variables of the
//! systemd unit; set here, every way of starting the bot (by hand, a container, the unit)
//! gets them. An administrator's own `MALLOC_ARENA_MAX`, `MALLOC_MMAP_THRESHOLD_` or
//! `MALLOC_TRIM_THRESHOLD_` wins: glibc has read those already, and they are left alone.
//!
//! After each retention sweep, the free memory that opening the store and the sweep leave
//! between blocks still in use is handed back as well ([`release_free_memory`]): the trim
//! threshold reaches only the top of the heap. The sweep walks every handled-update mark of
//! the last week (seven per conversation in the measured folder). With 100,000 stored
//! conversations that is 3–3.5 MB of the bot's own memory (docs/benchmarks.md, 2026-12-01).
//!
//! These are the workspace's only `unsafe` blocks (the lint is `deny`, allowed only here):
//! `mallopt` and `malloc_trim` have no safe wrapper in the crates this project uses.

/// glibc's `mallopt` parameters and the values set, each with the variable that overrides it.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const SETTINGS: [(&str, libc::c_int, libc::c_int); 3] = [
    ("MALLOC_ARENA_MAX", libc::M_ARENA_MAX, 2),
    ("MALLOC_MMAP_THRESHOLD_", libc::M_MMAP_THRESHOLD, 128 * 1024),
    ("MALLOC_TRIM_THRESHOLD_", libc::M_TRIM_THRESHOLD, 128 * 1024),
];

/// Applies the settings; call first thing in `main`, before any thread is started.
pub(crate) fn tune() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    for (variable, parameter, value) in SETTINGS {
        if std::env::var_os(variable).is_some() {
            continue;
        }
        // SAFETY: `mallopt` takes two integers and changes glibc's allocator parameters
        // under its own lock; it touches no memory of ours. Called before other threads
        // exist. A parameter glibc does not know returns 0 and changes nothing.
        #[allow(unsafe_code)]
        let _ = unsafe { libc::mallopt(parameter, value) };
    }
}

/// Hands the heap's free pages back to the system, also those between blocks still in use
/// (glibc's `malloc_trim`, which gives them back with `madvise`); call it after work that
/// allocated much and freed it again. Its time is logged at debug level.
pub(crate) fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let started = std::time::Instant::now();
        // SAFETY: `malloc_trim` takes an integer (the bytes to leave at the top) and works
        // under the allocator's own locks; it frees nothing that is still allocated.
        #[allow(unsafe_code)]
        let _ = unsafe { libc::malloc_trim(0) };
        tracing::debug!(
            micros = started.elapsed().as_micros() as u64,
            "free heap memory handed back"
        );
    }
}
