//! Meetings: every write acknowledged before the kill is there after it.

use super::*;

#[test]
fn killed_meetings_keep_every_acknowledged_write() {
    let mut plan = Plan::new();
    let rounds = Plan::rounds(30, 1);
    let path = tempdir().join("meetings.db");
    Db::open(&path).unwrap().initialize_if_new().unwrap();

    // One undisturbed run: the script works, and it says how long a run lasts.
    let started = Instant::now();
    let lines = Worker::spawn("meeting", &path, None).finish();
    let span = started.elapsed();
    let all = acks(&lines);
    assert_eq!(all.last(), Some(&"done"), "{lines:?}");
    assert_meeting_acks(&mut reopen(&path, "the full run"), &all, "the full run");

    let mut kills = 0;
    for round in 0..rounds {
        let context = format!(
            "meeting round {round} (CHAIR_CRASH_SEED={} reproduces)",
            plan.seed
        );
        let delay = plan.delay(span);
        let worker = Worker::spawn("meeting", &path, None);
        std::thread::sleep(delay);
        let (lines, finished) = worker.kill(Vec::new());
        kills += usize::from(!finished);
        let mut db = reopen(&path, &context);
        assert_meeting_acks(&mut db, &acks(&lines), &context);
        // A decision the kill interrupted is whole or absent: never without its impacts.
        for m in db.list_meetings().unwrap() {
            for d in db.list_decisions(&m.id).unwrap() {
                if d.statement.starts_with("Decision ") {
                    assert_eq!(d.impacts.len(), 2, "{context}: {}", d.statement);
                    assert_eq!(d.status, DecisionStatus::Proposed, "{context}");
                }
            }
        }
    }
    eprintln!(
        "{rounds} meeting rounds, {kills} killed mid-run, a full run took {span:?}, seed {}",
        plan.seed
    );
    assert!(
        rounds < 4 || kills > 0,
        "seed {}: no round killed a running worker",
        plan.seed
    );
}
