//! Counters for the administrator, rendered in the Prometheus text format.
//!
//! Labels are only ever channel names, institution ids, municipality ids and language
//! codes: sets the administrator defines, never anything a newcomer typed or who they are.
//! The request and email counters carry a `municipality` label when the deployment names
//! its municipalities (`[[municipality]]`); a deployment of one configured the old way
//! keeps the label-less series it always had.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Upper bounds of the step-latency histogram, in seconds.
const STEP_BUCKETS: [f64; 10] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0,
];

/// Everything counted while the process runs.
#[derive(Debug, Default)]
pub struct Metrics {
    messages_in: Mutex<BTreeMap<String, u64>>,
    messages_out: Mutex<BTreeMap<String, u64>>,
    /// By label set (`municipality="…",institution="…"`).
    submitted: Mutex<BTreeMap<String, u64>>,
    /// By label set (`municipality="…"`, or empty).
    delivered: Mutex<BTreeMap<String, u64>>,
    delivery_retries: Mutex<BTreeMap<String, u64>>,
    delivery_failures: Mutex<BTreeMap<String, u64>>,
    step_buckets: [AtomicU64; STEP_BUCKETS.len()],
    step_count: AtomicU64,
    step_sum_micros: AtomicU64,
}

/// Values read from storage when scraped.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Gauges {
    pub outbox_size: usize,
    pub outbox_oldest_age_seconds: f64,
    /// Conversations by chosen language code (`none` before one is chosen).
    pub conversations_by_language: BTreeMap<String, u64>,
    /// Posts queued for a caseworker room and not in it yet, by institution id: every
    /// institution with a room, 0 included (a room the bot cannot reach keeps them here).
    pub room_posts_waiting: BTreeMap<String, u64>,
}

fn bump(map: &Mutex<BTreeMap<String, u64>>, key: &str, by: u64) {
    let mut map = map.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    *map.entry(key.to_string()).or_default() += by;
}

impl Metrics {
    pub fn message_in(&self, channel: &str) {
        bump(&self.messages_in, channel, 1);
    }

    pub fn messages_out(&self, channel: &str, count: usize) {
        if count > 0 {
            bump(&self.messages_out, channel, count as u64);
        }
    }

    /// A request to `institution` of `municipality` (`None`: not named) was confirmed.
    pub fn submitted(&self, municipality: Option<&str>, institution: &str) {
        let mut labels = town_labels(municipality);
        if !labels.is_empty() {
            labels.push(',');
        }
        labels.push_str(&format!("institution=\"{}\"", escape(institution)));
        bump(&self.submitted, &labels, 1);
    }

    pub fn delivered(&self, municipality: Option<&str>) {
        bump(&self.delivered, &town_labels(municipality), 1);
    }

    pub fn delivery_retry(&self, municipality: Option<&str>) {
        bump(&self.delivery_retries, &town_labels(municipality), 1);
    }

    pub fn delivery_failure(&self, municipality: Option<&str>) {
        bump(&self.delivery_failures, &town_labels(municipality), 1);
    }

    pub fn step(&self, took: Duration) {
        let seconds = took.as_secs_f64();
        for (bucket, bound) in self.step_buckets.iter().zip(STEP_BUCKETS) {
            if seconds <= bound {
                bucket.fetch_add(1, Ordering::Relaxed);
            }
        }
        self.step_count.fetch_add(1, Ordering::Relaxed);
        self.step_sum_micros.fetch_add(
            u64::try_from(took.as_micros()).unwrap_or(u64::MAX),
            Ordering::Relaxed,
        );
    }

    /// The Prometheus text exposition (format 0.0.4).
    pub fn render(&self, gauges: &Gauges) -> String {
        let mut out = String::new();
        let family = |out: &mut String, name: &str, kind: &str, help: &str| {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
        };
        let labelled =
            |out: &mut String, name: &str, label: &str, map: &Mutex<BTreeMap<String, u64>>| {
                for (key, value) in map
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner())
                    .iter()
                {
                    let _ = writeln!(out, "{name}{{{label}=\"{}\"}} {value}", escape(key));
                }
            };
        family(
            &mut out,
            "kompass_messages_in_total",
            "counter",
            "Updates received from newcomers, by channel.",
        );
        labelled(
            &mut out,
            "kompass_messages_in_total",
            "channel",
            &self.messages_in,
        );
        family(
            &mut out,
            "kompass_messages_out_total",
            "counter",
            "Messages sent to newcomers, by channel.",
        );
        labelled(
            &mut out,
            "kompass_messages_out_total",
            "channel",
            &self.messages_out,
        );
        family(
            &mut out,
            "kompass_requests_submitted_total",
            "counter",
            "Requests confirmed by newcomers, by institution.",
        );
        counted(
            &mut out,
            "kompass_requests_submitted_total",
            &self.submitted,
        );
        family(
            &mut out,
            "kompass_emails_delivered_total",
            "counter",
            "Requests whose email the mail server accepted.",
        );
        counted(&mut out, "kompass_emails_delivered_total", &self.delivered);
        family(
            &mut out,
            "kompass_email_delivery_retries_total",
            "counter",
            "Delivery attempts that failed and will be retried.",
        );
        counted(
            &mut out,
            "kompass_email_delivery_retries_total",
            &self.delivery_retries,
        );
        family(
            &mut out,
            "kompass_email_delivery_failures_total",
            "counter",
            "Requests given up; the newcomer was told to contact the office.",
        );
        counted(
            &mut out,
            "kompass_email_delivery_failures_total",
            &self.delivery_failures,
        );
        family(
            &mut out,
            "kompass_outbox_size",
            "gauge",
            "Emails waiting to be delivered.",
        );
        let _ = writeln!(out, "kompass_outbox_size {}", gauges.outbox_size);
        family(
            &mut out,
            "kompass_outbox_oldest_age_seconds",
            "gauge",
            "Age of the oldest waiting email (0 when none).",
        );
        let _ = writeln!(
            out,
            "kompass_outbox_oldest_age_seconds {:.0}",
            gauges.outbox_oldest_age_seconds
        );
        family(
            &mut out,
            "kompass_conversations",
            "gauge",
            "Stored conversations by language.",
        );
        family(
            &mut out,
            "kompass_room_posts_waiting",
            "gauge",
            "Messages for a caseworker room not in the room yet, by institution (the bot is not in the room, or Matrix is unreachable).",
        );
        for (institution, count) in &gauges.room_posts_waiting {
            let _ = writeln!(
                out,
                "kompass_room_posts_waiting{{institution=\"{}\"}} {count}",
                escape(institution)
            );
        }
        for (language, count) in &gauges.conversations_by_language {
            let _ = writeln!(
                out,
                "kompass_conversations{{language=\"{}\"}} {count}",
                escape(language)
            );
        }
        family(
            &mut out,
            "kompass_step_duration_seconds",
            "histogram",
            "Time to handle one update (engine and storage; not the wait for the shared flush).",
        );
        for (bucket, bound) in self.step_buckets.iter().zip(STEP_BUCKETS) {
            let _ = writeln!(
                out,
                "kompass_step_duration_seconds_bucket{{le=\"{bound}\"}} {}",
                bucket.load(Ordering::Relaxed)
            );
        }
        let count = self.step_count.load(Ordering::Relaxed);
        let _ = writeln!(
            out,
            "kompass_step_duration_seconds_bucket{{le=\"+Inf\"}} {count}"
        );
        let _ = writeln!(
            out,
            "kompass_step_duration_seconds_sum {}",
            self.step_sum_micros.load(Ordering::Relaxed) as f64 / 1e6
        );
        let _ = writeln!(out, "kompass_step_duration_seconds_count {count}");
        out
    }
}

/// `municipality="…"`, or nothing for a deployment that does not name them.
fn town_labels(municipality: Option<&str>) -> String {
    municipality.map_or_else(String::new, |id| format!("municipality=\"{}\"", escape(id)))
}

/// Lines of a counter by label set (already escaped); a label-less counter is written as
/// 0 before anything happened, as before labels existed.
fn counted(out: &mut String, name: &str, map: &Mutex<BTreeMap<String, u64>>) {
    let map = map.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if map.is_empty() {
        let _ = writeln!(out, "{name} 0");
    }
    for (labels, value) in map.iter() {
        if labels.is_empty() {
            let _ = writeln!(out, "{name} {value}");
        } else {
            let _ = writeln!(out, "{name}{{{labels}}} {value}");
        }
    }
}

/// Label values are administrator-defined ids, but escape them as the format requires.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_prometheus_text() {
        let metrics = Metrics::default();
        metrics.message_in("telegram");
        metrics.message_in("telegram");
        metrics.messages_out("telegram", 3);
        metrics.submitted(None, "buergerbuero");
        metrics.delivered(None);
        metrics.step(Duration::from_micros(700));
        let gauges = Gauges {
            outbox_size: 1,
            outbox_oldest_age_seconds: 12.0,
            conversations_by_language: [("ar".to_string(), 2)].into(),
            room_posts_waiting: [("integrationsbuero".to_string(), 3)].into(),
        };
        let text = metrics.render(&gauges);
        for line in [
            "kompass_messages_in_total{channel=\"telegram\"} 2",
            "kompass_messages_out_total{channel=\"telegram\"} 3",
            "kompass_requests_submitted_total{institution=\"buergerbuero\"} 1",
            "kompass_emails_delivered_total 1",
            "kompass_email_delivery_retries_total 0",
            "kompass_outbox_size 1",
            "kompass_outbox_oldest_age_seconds 12",
            "kompass_conversations{language=\"ar\"} 2",
            "kompass_room_posts_waiting{institution=\"integrationsbuero\"} 3",
            "kompass_step_duration_seconds_bucket{le=\"0.0005\"} 0",
            "kompass_step_duration_seconds_bucket{le=\"0.001\"} 1",
            "kompass_step_duration_seconds_count 1",
        ] {
            assert!(
                text.lines().any(|l| l == line),
                "{line:?} missing in:\n{text}"
            );
        }
    }

    #[test]
    fn municipalities_are_labelled_when_named() {
        let metrics = Metrics::default();
        metrics.submitted(Some("kalletal"), "buergerbuero");
        metrics.submitted(Some("lindenau"), "lindenau-buergerbuero");
        metrics.submitted(Some("lindenau"), "lindenau-buergerbuero");
        metrics.delivered(Some("lindenau"));
        metrics.delivery_retry(Some("kalletal"));
        metrics.delivery_failure(Some("kalletal"));
        let text = metrics.render(&Gauges::default());
        for line in [
            "kompass_requests_submitted_total{municipality=\"kalletal\",institution=\"buergerbuero\"} 1",
            "kompass_requests_submitted_total{municipality=\"lindenau\",institution=\"lindenau-buergerbuero\"} 2",
            "kompass_emails_delivered_total{municipality=\"lindenau\"} 1",
            "kompass_email_delivery_retries_total{municipality=\"kalletal\"} 1",
            "kompass_email_delivery_failures_total{municipality=\"kalletal\"} 1",
        ] {
            assert!(
                text.lines().any(|l| l == line),
                "{line:?} missing in:\n{text}"
            );
        }
        assert!(!text.contains("kompass_emails_delivered_total 0"), "{text}");
    }
}
