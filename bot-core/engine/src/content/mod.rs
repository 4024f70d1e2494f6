//! Content an administrator edits: flows (`flows/*.toml`) and translations (`locales/`).
//!
//! Loading is all-or-nothing: [`Content::load`] returns either content that passed every
//! check or the full list of [`Diagnostic`]s, each naming file, line and what to fix.

pub mod check;
mod flow;
pub mod graph;

use std::path::Path;

// At the old path for the rest of the workspace; the types live a layer below (`crate::diagnostic`).
pub use crate::diagnostic::{Diagnostic, Diagnostics, Severity};
pub(crate) use flow::is_plausible_email as flow_is_plausible_email;
pub use flow::{
    ANY_TIME, ChoiceOption, DateRange, Field, FieldKind, Flow, Form, Institution, MenuOption,
    NO_TIME_FITS, Node, NodeKind, OpenNow, OpeningHours, OtherAnswer, Source, open_now,
};

use crate::i18n::Locales;

/// Flows and translations that belong together and passed `kompass check`.
#[derive(Debug)]
pub struct Content {
    pub flow: Flow,
    pub locales: Locales,
    /// Warnings found while loading (sample data, unused messages); never errors.
    pub warnings: Vec<Diagnostic>,
}

/// Flows and locales as far as they load, with every problem: for pictures of content that
/// may not pass the checks yet.
pub fn load_lenient(
    flows_dir: &Path,
    locales_dir: &Path,
) -> (Option<Flow>, Option<Locales>, Diagnostics) {
    load_lenient_town(flows_dir, locales_dir, None)
}

/// [`load_lenient`] for one municipality of several: its flows, and the shared locales
/// with its own texts from `<lang>/<overlay>/` over them.
pub fn load_lenient_town(
    flows_dir: &Path,
    locales_dir: &Path,
    overlay: Option<&str>,
) -> (Option<Flow>, Option<Locales>, Diagnostics) {
    let mut diagnostics = Diagnostics::default();
    let flow = flow::load_dir(flows_dir, &mut diagnostics);
    let locales = Locales::load_dir_with_overlay(locales_dir, overlay, &mut diagnostics);
    if let Some(flow) = &flow {
        check::check_flow(flow, &mut diagnostics);
        if let Some(locales) = &locales {
            check::check_with_locales(flow, locales, &mut diagnostics);
        }
    }
    (flow, locales, diagnostics)
}

impl Content {
    /// Loads every flow in `flows_dir` and every locale in `locales_dir` and checks them.
    pub fn load(flows_dir: &Path, locales_dir: &Path) -> Result<Self, Diagnostics> {
        Self::load_town(flows_dir, locales_dir, None)
    }

    /// [`Content::load`] for one municipality of several ([`load_lenient_town`]).
    pub fn load_town(
        flows_dir: &Path,
        locales_dir: &Path,
        overlay: Option<&str>,
    ) -> Result<Self, Diagnostics> {
        let (flow, locales, diagnostics) = load_lenient_town(flows_dir, locales_dir, overlay);
        match (flow, locales) {
            (Some(flow), Some(locales)) if !diagnostics.has_errors() => Ok(Self {
                flow,
                locales,
                warnings: diagnostics.into_vec(),
            }),
            _ => Err(diagnostics),
        }
    }
}
