//! Devices see reactions and decisions live.

use super::*;

#[tokio::test]
async fn devices_see_reactions_and_decisions_live() {
    let f = fixture(true);
    let watcher = f.admitted("Cy", "participant").await;
    let ana = f.admitted("Ana", "ambassador").await;
    let mut stream = Stream::open(f.addr, &watcher).await;
    stream.until("event: view").await;

    let id = uuid();
    f.post(
        &ana,
        "/api/reactions",
        &f.react_body(&id, "<img src=x onerror=alert(1)>"),
    )
    .await;
    let got = stream.until(&id).await;
    assert!(got.contains("event: reaction"), "{got}");

    // The facilitator records a decision in the app; the shell tells the room.
    f.ws.db
        .lock()
        .unwrap()
        .record_decision(&NewDecision {
            meeting_id: f.meeting_id.clone(),
            statement: "Keep the monthly plan".into(),
            ..Default::default()
        })
        .unwrap();
    f.room.notify();
    stream.until("Keep the monthly plan").await;

    // Closing the room signs the stream out.
    drop(f.room);
    stream.until("signed-out").await;
}
