//! A scripted meeting killed at random moments: every acknowledged write is there, shown as written.

use super::*;

/// The decision form's draft as the UI keeps it (`serializeDraft`, features/decision/draft.ts).
fn draft_json(statement: &str, rationale: &str) -> String {
    json!({ "v": 1, "draft": {
        "statement": statement, "rationale": rationale, "optionsConsidered": "",
        "owner": "Priya", "status": "proposed", "reviewOn": "", "reversibility": "two_way",
        "impacts": [], "pinned": [],
    }})
    .to_string()
}

/// Meetings as a facilitator runs them, one after another until the app dies: create and open
/// one (running, three agenda items, a deck), then per item start it, move through its share of
/// the prompts and answer each, type a decision (the draft is saved as it grows), record it with
/// its impact, clear the draft, note the customer reference, add an ambassador's annotation;
/// end the meeting.
async fn run_meetings(w: Writer, cast: Cast, round: usize) -> Result {
    let person = cast.person.clone();
    w.write("set_current_person", json!({ "id": person }), |_| {
        Ok(Ack::Person(person))
    })
    .await?;
    for m in 0.. {
        let title = format!("Crash round {round} meeting {m}");
        let agenda: Vec<Value> = ["Returns window", "Gift receipts", "Holiday staffing"]
            .iter()
            .map(|t| json!({ "title": t, "plannedMinutes": 5 }))
            .collect();
        let input = json!({ "input": {
            "title": title, "deckId": cast.deck, "personaIds": [cast.persona], "agenda": agenda,
        }});
        let meeting = w
            .write("create_meeting", input, |m| {
                Ok(Ack::Meeting {
                    id: text(m, "id")?,
                    title: title.clone(),
                })
            })
            .await?;
        let id = text(&meeting, "id")?;
        // As the UI does on showing it (it also remembers the meeting to reopen): not checked.
        let view = w.call("open_meeting", json!({ "id": id })).await?;
        w.log().pending = None;
        let items: Vec<String> = view["agenda"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|i| text(i, "id"))
            .collect::<Result<_>>()?;
        for (i, item) in items.iter().enumerate() {
            let (meeting, item) = (&id, item);
            let args = json!({ "meetingId": id, "itemId": item });
            w.write("start_agenda_item", args, |_| {
                let (meeting, item) = (meeting.clone(), item.clone());
                Ok(Ack::ItemStarted { meeting, item })
            })
            .await?;
            let prompts = cast.prompts.iter().enumerate();
            for (p, prompt) in prompts.filter(|(p, _)| p % items.len() == i) {
                let args = json!({ "meetingId": id, "index": p });
                w.write("set_prompt_index", args, |_| {
                    let (meeting, index) = (meeting.clone(), p as u64);
                    Ok(Ack::PromptIndex { meeting, index })
                })
                .await?;
                let answer = format!("{title}, prompt {p}: shoppers buying gifts in December");
                let input = json!({ "input": {
                    "meetingId": id, "promptId": prompt, "answer": answer, "agendaItemId": item,
                }});
                w.write("answer_prompt", input, |_| {
                    let (meeting, prompt) = (meeting.clone(), prompt.clone());
                    Ok(Ack::Answer {
                        meeting,
                        prompt,
                        text: answer,
                    })
                })
                .await?;
            }
            // The decision typed in two goes (the draft is saved as it grows), then recorded.
            let statement = format!("{title}, item {i}: print a prepaid return label");
            let rationale = "Returns are the loudest complaint.";
            save_draft(&w, &id, draft_json(&statement[..statement.len() / 2], "")).await?;
            save_draft(&w, &id, draft_json(&statement, rationale)).await?;
            let input = json!({ "input": {
                "meetingId": id, "agendaItemId": item, "statement": statement,
                "rationale": rationale, "owner": "Priya", "reversibility": "two_way",
                "impacts": [{
                    "personaId": cast.persona, "direction": "helps", "magnitude": 3,
                    "whatChanges": "a return takes one trip to the post office",
                }],
            }});
            let decision = w
                .write("record_decision", input, |d| {
                    let (id, meeting) = (text(d, "id")?, meeting.clone());
                    Ok(Ack::Decision {
                        id,
                        meeting,
                        statement,
                    })
                })
                .await?;
            let decision = text(&decision, "id")?;
            // The form is empty again; the room notes the customer; an ambassador reacts in
            // the customer's voice.
            save_draft(&w, &id, String::new()).await?;
            let input = json!({ "input": { "meetingId": id, "kind": "impact_recorded" } });
            w.write("record_customer_reference", input, |pulse| {
                let at = text(pulse, "lastCustomerReferenceAt")?;
                Ok(Ack::Reference {
                    meeting: meeting.clone(),
                    at,
                })
            })
            .await?;
            let input = json!({ "decisionId": decision, "input": {
                "stance": "concerned", "feeling": 2, "flags": ["would_leave"],
                "comment": "I still have to find a printer for the label.",
            }});
            w.write("add_annotation", input, |a| {
                Ok(Ack::Annotation {
                    decision,
                    id: text(a, "id")?,
                })
            })
            .await?;
        }
        w.write("end_meeting", json!({ "meetingId": id }), |_| {
            Ok(Ack::Ended(id))
        })
        .await?;
    }
    Ok(())
}

/// Saves the decision form's draft, as the UI does while the user types ("" clears it).
async fn save_draft(w: &Writer, meeting: &str, draft: String) -> Result {
    let args = json!({ "meetingId": meeting, "draft": draft });
    let meeting = meeting.to_owned();
    w.write("save_decision_draft", args, |_| {
        Ok(Ack::Draft { meeting, draft })
    })
    .await?;
    Ok(())
}

fn timestamp(text: &str) -> Result<DateTime<chrono::FixedOffset>> {
    Ok(DateTime::parse_from_rfc3339(text).map_err(|e| format!("{text:?}: {e}"))?)
}

/// What the restarted app must show: the meeting the workspace remembers, its persona in the
/// chair, its draft in the decision form, and the newest acknowledged meeting in the list.
struct Shown {
    title: String,
    chair: String,
    statement: Option<String>,
    newest: Option<String>,
}

impl Shown {
    async fn check(&self, app: &App, context: &str) -> Result {
        let checks = async {
            app.wait_text("meeting-title", &self.title).await?;
            app.wait_text("chair-name", &self.chair).await?;
            if let Some(statement) = &self.statement {
                app.wait_value("decision-statement", statement).await?;
            }
            if let Some(newest) = &self.newest {
                let listed = app.texts("meeting-item").await?;
                if !listed.iter().any(|t| t.contains(newest.as_str())) {
                    return Err(format!("{newest:?} is not in the meeting list {listed:?}").into());
                }
            }
            Ok::<_, chair_e2e::Error>(())
        };
        checks
            .await
            .or_else(|e| fail(context, format!("after the restart: {e}")))
    }
}

/// Opens the killed app's workspace as its next start would and checks every acknowledged
/// write; returns what the restarted app must show.
fn check_meeting_writes(path: &Path, log: &Log, context: &str) -> Result<Shown> {
    integrity(path, context, "as the kill left it")?;
    let db = Db::open(path).or_else(|e| fail(context, format!("the workspace opens: {e}")))?;
    integrity(path, context, "after Db::open")?;
    let lost = |ack: &Ack| format!("acknowledged but lost: {ack:?}");
    // For a value a later write replaces: the last acknowledged one, or the one on its way.
    let mut index: HashMap<&str, u64> = HashMap::new();
    let mut drafts: HashMap<&str, &str> = HashMap::new();
    let mut newest = None;
    for ack in &log.acks {
        let found = match ack {
            Ack::Person(id) => db.current_person()?.is_some_and(|p| p.id == *id),
            Ack::Meeting { id, title } => {
                newest = Some(title.clone());
                db.meeting_view(id).is_ok_and(|v| v.meeting.title == *title)
            }
            Ack::ItemStarted { meeting, item } => db
                .meeting_view(meeting)?
                .agenda
                .iter()
                .any(|a| a.id == *item && a.started_at.is_some()),
            Ack::PromptIndex { meeting, index: i } => {
                index.insert(meeting, *i);
                true
            }
            Ack::Answer {
                meeting,
                prompt,
                text,
            } => db
                .meeting_view(meeting)?
                .answers
                .iter()
                .any(|a| a.prompt_id == *prompt && a.answer == *text),
            Ack::Draft { meeting, draft } => {
                drafts.insert(meeting, draft);
                true
            }
            Ack::Decision {
                id,
                meeting,
                statement,
            } => {
                // Recording a decision clears the meeting's draft.
                drafts.insert(meeting, "");
                db.get_decision(id).is_ok_and(|d| {
                    d.meeting_id == *meeting && d.statement == *statement && d.impacts.len() == 1
                })
            }
            Ack::Reference { meeting, at } => {
                let stored = db.meeting_view(meeting)?.meeting.last_customer_reference_at;
                match stored {
                    Some(stored) => timestamp(&stored)? >= timestamp(at)?,
                    None => false,
                }
            }
            Ack::Annotation { decision, id } => db
                .get_decision(decision)
                .is_ok_and(|d| d.annotations.iter().any(|a| a.id == *id)),
            Ack::Ended(id) => db.meeting_view(id)?.meeting.status == MeetingStatus::Ended,
        };
        ensure(found, context, lost(ack))?;
    }
    let on_its_way = |cmd: &str, meeting: &str| {
        log.pending
            .as_ref()
            .filter(|(c, args)| c == cmd && args["meetingId"] == meeting)
            .map(|(_, args)| args.clone())
    };
    for (meeting, acked) in index {
        let stored = u64::from(db.meeting_view(meeting)?.meeting.prompt_index);
        let sent = on_its_way("set_prompt_index", meeting).and_then(|a| a["index"].as_u64());
        ensure(
            stored == acked || Some(stored) == sent,
            context,
            format!("meeting {meeting}: prompt {stored}, acknowledged {acked}"),
        )?;
    }
    for (meeting, acked) in drafts {
        let stored = db.decision_draft(meeting)?.unwrap_or_default();
        let sent = on_its_way("save_decision_draft", meeting);
        let sent = sent.as_ref().and_then(|a| a["draft"].as_str());
        let recording = log.pending.as_ref().is_some_and(|(cmd, args)| {
            cmd == "record_decision" && args["input"]["meetingId"] == meeting
        });
        ensure(
            stored == acked || Some(stored.as_str()) == sent || (recording && stored.is_empty()),
            context,
            format!("meeting {meeting}: draft {stored:?}, acknowledged {acked:?}"),
        )?;
    }
    // Whatever the kill interrupted is whole or absent: no decision without its impact.
    for m in db.list_meetings()? {
        if m.title.starts_with("Crash round") {
            for d in db.list_decisions(&m.id)? {
                ensure(
                    d.impacts.len() == 1,
                    context,
                    format!("{:?} has {} impacts", d.statement, d.impacts.len()),
                )?;
            }
        }
    }
    let last = db
        .summary()?
        .last_meeting_id
        .ok_or_else(|| format!("{context}: no meeting to reopen"))?;
    let view = db.meeting_view(&last)?;
    let statement = db
        .decision_draft(&last)?
        .and_then(|d| serde_json::from_str::<Value>(&d).ok())
        .and_then(|d| d["draft"]["statement"].as_str().map(str::to_owned));
    Ok(Shown {
        title: view.meeting.title,
        chair: view
            .personas
            .first()
            .map(|p| p.name.clone())
            .unwrap_or_default(),
        statement,
        newest,
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn a_killed_app_keeps_every_acknowledged_meeting_write() -> Result {
    let mut plan = Plan::new("meetings");
    let dir = test_dir("crash-meetings");
    let db = dir.join("workspace.db");
    let driver = Driver::start()?;
    let started = Instant::now();
    let mut shown: Option<Shown> = None;
    let (mut acked, mut interrupted) = (0, 0);
    for round in 0..plan.rounds {
        let context = plan.context("meeting", round);
        // Each round starts the app again on the file the last kill left.
        let mut app = driver.launch(&db, &dir).await?;
        match &shown {
            Some(shown) => shown.check(&app, &context).await?,
            None => {
                app.wait_text("chair-name", "Diane Okafor").await?;
            }
        }
        app.screenshot(&format!("round-{round}-started")).await?;
        let cast = Cast::read(&app, round).await?;
        let log = Arc::new(Mutex::new(Log::default()));
        let killing = Arc::new(AtomicBool::new(false));
        let writer = Writer {
            ipc: app.ipc(),
            log: log.clone(),
            killing: killing.clone(),
        };
        let mut writing = tokio::spawn(run_meetings(writer, cast, round));
        // The clock starts at the first acknowledged write.
        let deadline = Instant::now() + Duration::from_secs(20);
        while log.lock().unwrap().acks.is_empty() {
            if writing.is_finished() || Instant::now() > deadline {
                let failure = log.lock().unwrap().failure.clone();
                return fail(&context, format!("the first write failed: {failure:?}"));
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let delay = Duration::from_millis(plan.rng.u64(KILL_AFTER_MIN_MS..=KILL_AFTER_MAX_MS));
        tokio::time::sleep(delay).await;
        killing.store(true, Ordering::SeqCst);
        app.kill(&db).await?;
        // The call on its way fails now that the app is gone; the writer stops at it.
        if tokio::time::timeout(Duration::from_secs(30), &mut writing)
            .await
            .is_err()
        {
            writing.abort();
        }
        let log = std::mem::take(&mut *log.lock().unwrap());
        if let Some((failure, false)) = &log.failure {
            return fail(
                &context,
                format!("a write failed before the kill: {failure}"),
            );
        }
        acked += log.acks.len();
        interrupted += usize::from(log.pending.is_some());
        eprintln!(
            "  round {round}: killed {delay:?} after the first write, {} writes acknowledged, \
             {}",
            log.acks.len(),
            match &log.pending {
                Some((cmd, _)) => format!("{cmd} on its way"),
                None => "none on its way".into(),
            }
        );
        shown = Some(check_meeting_writes(&db, &log, &context)?);
    }
    // The last kill's file opens in the app, too.
    let mut app = driver.launch(&db, &dir).await?;
    if let Some(shown) = &shown {
        shown
            .check(&app, &plan.context("meeting", plan.rounds))
            .await?;
    }
    app.screenshot("after-the-last-kill").await?;
    app.quit().await?;
    eprintln!(
        "crash (meetings): {} kills, {interrupted} with a write on its way, {acked} acknowledged \
         writes all kept, {:.1} s, CHAIR_KILL_SEED={}",
        plan.rounds,
        started.elapsed().as_secs_f64(),
        plan.seed
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// An import, killed while it runs
