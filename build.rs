//! Link options of the `kompass` executable.
//!
//! With glibc's linker on Linux, relative relocations are packed (`DT_RELR`): a
//! position-independent executable of this size has 2.4 MB of them in the usual form, which
//! the loader reads at every start and which then stay resident, counted in the bot's idle
//! memory; packed they take a few kilobytes. GNU ld 2.38+ and lld 15+ know the option; ld
//! uses it only where the C library supports it (glibc 2.36+) and ignores it otherwise, so
//! the executable runs wherever it did before. docs/benchmarks.md has the figures.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let target = std::env::var("TARGET").unwrap_or_default();
    if target.ends_with("-linux-gnu") {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}
