//! The meeting as devices see it, and the live stream that keeps them up to date.

use super::*;

pub(super) async fn room(
    State(shared): State<Arc<Shared>>,
    Admitted(_): Admitted,
) -> Answer<Response> {
    let id = shared.meeting_id.clone();
    let view = with_db(&shared, move |db| db.room_view(&id)).await?;
    Ok(Json(view).into_response())
}

/// The live stream: the meeting now, then every change, until the device is removed or the
/// room closes.
pub(super) async fn events(
    State(shared): State<Arc<Shared>>,
    Admitted(device): Admitted,
) -> Answer<Sse<impl Stream<Item = Result<Event, Infallible>>>> {
    let receiver = shared.events.subscribe();
    let id = shared.meeting_id.clone();
    let view = with_db(&shared, move |db| db.room_view(&id)).await?;
    let first = Some(Push {
        event: "view",
        data: serde_json::to_string(&view).map_err(|e| Problem::unavailable(e.to_string()))?,
    });
    struct Live {
        shared: Arc<Shared>,
        device: String,
        receiver: tokio::sync::broadcast::Receiver<Arc<Push>>,
        first: Option<Push>,
        done: bool,
    }
    let live = Live {
        shared,
        device: device.id,
        receiver,
        first,
        done: false,
    };
    let stream = stream::unfold(live, |mut live| async move {
        if live.done {
            return None;
        }
        let event = |p: &Push| Event::default().event(p.event).data(p.data.as_str());
        if let Some(first) = live.first.take() {
            let e = event(&first);
            return Some((Ok(e), live));
        }
        let admitted = |live: &Live| {
            live.shared
                .devices
                .get(&live.device)
                .is_some_and(|d| d.status == DeviceStatus::Admitted)
        };
        loop {
            let push = match live.receiver.recv().await {
                Ok(push) => push,
                Err(RecvError::Lagged(_)) => {
                    // Too far behind: the whole meeting again instead of the missed changes.
                    let id = live.shared.meeting_id.clone();
                    match with_db(&live.shared, move |db| db.room_view(&id)).await {
                        Ok(view) => Arc::new(Push {
                            event: "view",
                            data: serde_json::to_string(&view).unwrap_or_default(),
                        }),
                        Err(_) => continue,
                    }
                }
                Err(RecvError::Closed) => return None,
            };
            if push.event == "closed" || !admitted(&live) {
                live.done = true;
                let e = Event::default().event("signed-out").data("{}");
                return Some((Ok(e), live));
            }
            if push.event == "devices" {
                continue;
            }
            let e = event(&push);
            return Some((Ok(e), live));
        }
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

pub(super) fn push(shared: &Shared, event: &'static str, data: &impl Serialize) {
    if let Ok(data) = serde_json::to_string(data) {
        let _ = shared.events.send(Arc::new(Push { event, data }));
    }
}

/// Sends every device the meeting as it is now (after the shell wrote), on the room's
/// blocking pool; changes that come while one is being prepared are folded into the next.
pub fn publish_view(shared: &Arc<Shared>) {
    if shared.view_pending.swap(true, Ordering::AcqRel) {
        return;
    }
    let s = shared.clone();
    shared.runtime.spawn_blocking(move || {
        s.view_pending.store(false, Ordering::Release);
        let id = s.meeting_id.clone();
        if let Ok(Ok(view)) = call(s.ws.as_ref(), |db| db.room_view(&id)) {
            push(&s, "view", &view);
        }
    });
}

/// Tells the live streams that the room is closing: each ends after a last "signed-out".
pub fn push_closed(shared: &Shared) {
    let _ = shared.events.send(Arc::new(Push {
        event: "closed",
        data: "{}".into(),
    }));
}
