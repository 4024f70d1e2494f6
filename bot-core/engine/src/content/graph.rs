//! Pictures of the flows for administrators: every menu, page, form and institution, with
//! labels in one language, and what is broken marked (unreachable nodes, options that go
//! nowhere, forms naming an unknown institution). Mermaid renders in Markdown on common code
//! hosts; DOT renders with Graphviz.

use std::collections::BTreeSet;
use std::fmt::Write;

use super::check::{reachable_from, reachable_nodes};
use super::flow::{Flow, NodeKind};
use crate::i18n::{Locales, strip_bidi_marks};

/// The picture's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Mermaid,
    Dot,
}

/// One thing to draw, independent of the format.
enum Shape {
    Menu,
    Page,
    Form,
    Institution,
    Missing,
}

struct Item {
    key: String,
    label: String,
    shape: Shape,
    broken: bool,
}

struct Edge {
    from: String,
    to: String,
    label: String,
}

/// Draws the nodes reachable from `root` (default: the start node), and every node that is
/// reachable from nowhere when drawing from the start.
pub fn draw(
    flow: &Flow,
    locales: Option<&Locales>,
    lang: &str,
    root: Option<&str>,
    format: Format,
) -> String {
    let text = |id: &str| -> String {
        match locales {
            Some(locales)
                if locales.has_message(lang, id)
                    || locales.has_message("en", id)
                    || locales.has_message("de", id) =>
            {
                let text = strip_bidi_marks(&locales.text(lang, id, &[]));
                let line = text
                    .lines()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("")
                    .trim()
                    .to_string();
                shorten(&line, 48)
            }
            _ => format!("⚠ {id}"),
        }
    };
    let reachable = reachable_nodes(flow);
    let start = root.unwrap_or(&flow.start);
    let mut selected = reachable_from(flow, start);
    if root.is_none() {
        selected.extend(flow.nodes.keys().map(String::as_str));
    }
    let mut items = Vec::new();
    let mut edges = Vec::new();
    let mut institutions = BTreeSet::new();
    for id in flow
        .node_order
        .iter()
        .filter(|id| selected.contains(id.as_str()))
    {
        let node = &flow.nodes[id];
        let (shape, label) = match &node.kind {
            NodeKind::Menu { text: t, .. } => (Shape::Menu, text(t)),
            NodeKind::Page { text: t, .. } => (Shape::Page, text(t)),
            NodeKind::Form(form) => (Shape::Form, text(&form.title)),
            NodeKind::Contact { text: t, .. } => (Shape::Page, text(t)),
        };
        items.push(Item {
            key: node_key(id),
            label: format!("{id}: {label}"),
            shape,
            broken: !reachable.contains(id.as_str()),
        });
        for option in node.kind.options() {
            let to = if flow.node(&option.goto).is_some() {
                node_key(&option.goto)
            } else {
                let key = format!("missing_{}", sanitize(&option.goto));
                items.push(Item {
                    key: key.clone(),
                    label: format!("⚠ unknown node {}", option.goto),
                    shape: Shape::Missing,
                    broken: true,
                });
                key
            };
            edges.push(Edge {
                from: node_key(id),
                to,
                label: text(&option.label),
            });
        }
        let institution = match &node.kind {
            NodeKind::Form(form) => Some(&form.institution),
            NodeKind::Contact { institution, .. } => Some(institution),
            _ => None,
        };
        if let Some(institution_id) = institution {
            let key = format!("institution_{}", sanitize(institution_id));
            if institutions.insert(institution_id.clone()) {
                match flow.institution(institution_id) {
                    Some(institution) => items.push(Item {
                        key: key.clone(),
                        label: format!(
                            "{}: {} ({})",
                            institution.id, institution.name, institution.email
                        ),
                        shape: Shape::Institution,
                        broken: institution.email.is_empty(),
                    }),
                    None => items.push(Item {
                        key: key.clone(),
                        label: format!("⚠ unknown institution {institution_id}"),
                        shape: Shape::Missing,
                        broken: true,
                    }),
                }
            }
            edges.push(Edge {
                from: node_key(id),
                to: key,
                label: String::new(),
            });
        }
    }
    match format {
        Format::Mermaid => mermaid(&items, &edges),
        Format::Dot => dot(&items, &edges),
    }
}

fn mermaid(items: &[Item], edges: &[Edge]) -> String {
    let escape = |text: &str| text.replace('"', "#quot;");
    let mut out = String::from("flowchart LR\n");
    for item in items {
        let label = escape(&item.label);
        let shape = match item.shape {
            Shape::Menu => format!("[\"{label}\"]"),
            Shape::Page => format!("(\"{label}\")"),
            Shape::Form => format!("[/\"{label}\"/]"),
            Shape::Institution => format!("[(\"{label}\")]"),
            Shape::Missing => format!("{{\"{label}\"}}"),
        };
        let _ = writeln!(out, "  {}{shape}", item.key);
    }
    for edge in edges {
        if edge.label.is_empty() {
            let _ = writeln!(out, "  {} --> {}", edge.from, edge.to);
        } else {
            let _ = writeln!(
                out,
                "  {} -->|\"{}\"| {}",
                edge.from,
                escape(&edge.label),
                edge.to
            );
        }
    }
    out.push_str("  classDef broken fill:#fdd,stroke:#c00,stroke-width:2px,stroke-dasharray:5 5\n");
    let broken: Vec<&str> = items
        .iter()
        .filter(|i| i.broken)
        .map(|i| i.key.as_str())
        .collect();
    if !broken.is_empty() {
        let _ = writeln!(out, "  class {} broken", broken.join(","));
    }
    out
}

fn dot(items: &[Item], edges: &[Edge]) -> String {
    let escape = |text: &str| text.replace('\\', "\\\\").replace('"', "\\\"");
    let mut out = String::from(
        "digraph kompass {\n  rankdir=LR;\n  node [fontname=\"sans-serif\", fontsize=11];\n  edge [fontname=\"sans-serif\", fontsize=9];\n",
    );
    for item in items {
        let shape = match item.shape {
            Shape::Menu => "box",
            Shape::Page => "note",
            Shape::Form => "parallelogram",
            Shape::Institution => "cylinder",
            Shape::Missing => "diamond",
        };
        let style = if item.broken {
            ", style=\"filled,dashed\", fillcolor=\"#ffdddd\", color=\"#cc0000\""
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  \"{}\" [label=\"{}\", shape={shape}{style}];",
            item.key,
            escape(&item.label)
        );
    }
    for edge in edges {
        let _ = writeln!(
            out,
            "  \"{}\" -> \"{}\" [label=\"{}\"];",
            edge.from,
            edge.to,
            escape(&edge.label)
        );
    }
    out.push_str("}\n");
    out
}

fn node_key(id: &str) -> String {
    format!("node_{}", sanitize(id))
}

/// Mermaid ids may not contain `-` (it reads as an arrow).
fn sanitize(id: &str) -> String {
    id.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    format!("{}…", cut.trim_end())
}
