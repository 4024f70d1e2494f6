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
//! This is the workspace's one `unsafe` block (the lint is `deny`, allowed only here):
//! `mallopt` has no safe wrapper in the crates this project uses.

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
