//! The Decisions screen search over generated decisions.

use super::*;

/// The Decisions screen's search over `n` decisions: one or two words taken from the decisions'
/// own sentences (so they match), every word required, the screen's whole answer (rows with
/// their meeting and links) timed, as the screen asks for it (best match first).
pub(super) fn bench_decision_search(corpus: &Corpus, n: usize, queries: usize) {
    let t = Instant::now();
    let db = seed_decisions(corpus, n);
    println!(
        "\nDecisions screen search over {n} decisions (seeded in {:.1} s), p50 / p95 ms:",
        t.elapsed().as_secs_f64()
    );
    let mut rng = fastrand::Rng::with_seed(SEED + 7);
    let queries_of = |words: usize, rng: &mut fastrand::Rng| -> Vec<String> {
        (0..queries)
            .map(|_| {
                let s = &corpus.sentences[rng.usize(..corpus.sentences.len())];
                let ws: Vec<&str> = s.split_whitespace().filter(|w| w.len() > 3).collect();
                if ws.is_empty() {
                    return "customer".to_owned();
                }
                (0..words)
                    .map(|_| ws[rng.usize(..ws.len())])
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    };
    for words in [1, 2] {
        let qs = queries_of(words, &mut rng);
        let mut found = 0usize;
        let stats = measure(qs.len(), |i| {
            let page = db
                .find_decisions(
                    &DecisionFilter {
                        query: Some(qs[i].clone()),
                        ..Default::default()
                    },
                    chair_core::model::DecisionSort::Relevance,
                )
                .expect("search");
            found += page.total as usize;
        });
        println!(
            "  {words} word{}: {}  (mean {:.0} decisions found)",
            if words == 1 { " " } else { "s" },
            cell(&stats),
            found as f64 / (qs.len() + qs.len().min(20)) as f64
        );
    }
}

/// A decision log of `n` decisions: 100 per meeting, each with two impacts, two anecdotes as
/// evidence and an annotation, the text recombined from real sentences.
pub(super) fn seed_decisions(corpus: &Corpus, n: usize) -> Db {
    let mut seeder = Seeder {
        corpus,
        rng: fastrand::Rng::with_seed(SEED),
        db: Db::open_in_memory().expect("db"),
    };
    seeder.db.start_empty().expect("empty workspace");
    let personas = seeder.personas();
    let anecdotes = seeder.anecdotes(&personas);
    seeder.ambassador();
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).expect("date");
    let mut meeting = String::new();
    for i in 0..n {
        if i % 100 == 0 {
            meeting = seeder.meeting(i / 100, start);
        }
        seeder.decision(i, &meeting, &personas, &anecdotes);
    }
    seeder.db
}

/// Writes the generated decision log, drawing from one seeded generator in a fixed order.
struct Seeder<'a> {
    corpus: &'a Corpus,
    rng: fastrand::Rng,
    db: Db,
}

impl Seeder<'_> {
    fn sentence(&mut self) -> String {
        let sentences = &self.corpus.sentences;
        sentences[self.rng.usize(..sentences.len())].clone()
    }

    fn personas(&mut self) -> Vec<String> {
        (0..5)
            .map(|i| {
                self.db
                    .create_persona(&NewPersona {
                        name: format!("Persona {i}"),
                        segment: Some(format!("Segment {i}")),
                        ..Default::default()
                    })
                    .expect("persona")
                    .id
            })
            .collect()
    }

    /// 1000 anecdotes, each heard from one of `personas`.
    fn anecdotes(&mut self, personas: &[String]) -> Vec<String> {
        (0..1000)
            .map(|_| {
                let text = self.sentence();
                let rng = &mut self.rng;
                self.db
                    .create_anecdote(&AnecdoteInput {
                        text,
                        said_on: NaiveDate::from_ymd_opt(
                            2025,
                            1 + rng.u32(0..12),
                            1 + rng.u32(0..28),
                        ),
                        channel: Some(CHANNELS[rng.usize(..CHANNELS.len())].into()),
                        persona_ids: Some(vec![personas[rng.usize(..personas.len())].clone()]),
                        ..Default::default()
                    })
                    .expect("anecdote")
                    .id
            })
            .collect()
    }

    /// The ambassador who annotates, as the current person.
    fn ambassador(&mut self) {
        let person = self
            .db
            .create_person(&PersonInput {
                name: "Ambassador".into(),
                role: Some(Role::Ambassador),
            })
            .expect("person");
        self.db
            .set_current_person(Some(&person.id))
            .expect("current person");
    }

    /// The `week`th weekly review (from 0), held a week after the one before.
    fn meeting(&mut self, week: usize, start: NaiveDate) -> String {
        self.db
            .create_meeting(&NewMeeting {
                title: format!("Weekly review {}", week + 1),
                held_on: Some(start + chrono::Days::new(week as u64 * 7)),
                planned: Some(true),
                ..Default::default()
            })
            .expect("meeting")
            .id
    }

    /// Decision `i` in `meeting`: two impacts, two anecdotes as evidence, an annotation.
    fn decision(&mut self, i: usize, meeting: &str, personas: &[String], anecdotes: &[String]) {
        let impacts = (0..2)
            .map(|k| NewImpact {
                persona_id: Some(personas[(i + k) % personas.len()].clone()),
                segment: None,
                direction: [
                    ImpactDirection::Helps,
                    ImpactDirection::Hurts,
                    ImpactDirection::Neutral,
                ][self.rng.usize(..3)],
                magnitude: Some(self.rng.u8(1..=5)),
                confidence: Some(Confidence::Medium),
                reach: Some("some customers".into()),
                what_changes: self.sentence(),
            })
            .collect();
        let decision = NewDecision {
            meeting_id: meeting.to_owned(),
            statement: self.sentence(),
            rationale: Some(self.sentence()),
            options_considered: Some(self.sentence()),
            owner: Some("Owner".into()),
            status: Some([DecisionStatus::Proposed, DecisionStatus::Rejected][i % 2]),
            reversibility: Some(
                [Reversibility::OneWay, Reversibility::TwoWay][self.rng.usize(..2)],
            ),
            impacts: Some(impacts),
            evidence_ids: Some(vec![
                anecdotes[self.rng.usize(..anecdotes.len())].clone(),
                anecdotes[self.rng.usize(..anecdotes.len())].clone(),
            ]),
            ..Default::default()
        };
        let id = self.db.record_decision(&decision).expect("decision").id;
        let comment = self.sentence();
        self.db
            .add_annotation(
                &id,
                &AnnotationInput {
                    stance: Stance::Concerned,
                    feeling: Some(2),
                    comment,
                    flags: vec![AnnotationFlag::WouldLeave],
                },
            )
            .expect("annotation");
    }
}
