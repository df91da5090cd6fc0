//! The meeting the writer runs through the app's commands, one acknowledged write at a time.

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
pub(super) async fn run_meetings(w: Writer, cast: Cast, round: usize) -> Result {
    let person = cast.person.clone();
    w.write("set_current_person", json!({ "id": person }), |_| {
        Ok(Ack::Person(person))
    })
    .await?;
    for m in 0.. {
        let title = format!("Crash round {round} meeting {m}");
        let (id, items) = meeting_opened(&w, &cast, &title).await?;
        for (i, item) in items.iter().enumerate() {
            let at = Item {
                title: &title,
                meeting: &id,
                item,
                i,
            };
            at.started(&w).await?;
            let prompts = cast.prompts.iter().enumerate();
            for (p, prompt) in prompts.filter(|(p, _)| p % items.len() == i) {
                at.prompt_answered(&w, p, prompt).await?;
            }
            let decision = at.decision_recorded(&w, &cast).await?;
            // The form is empty again; the room notes the customer; an ambassador reacts in
            // the customer's voice.
            save_draft(&w, &id, String::new()).await?;
            at.reactions_noted(&w, decision).await?;
        }
        w.write("end_meeting", json!({ "meetingId": id }), |_| {
            Ok(Ack::Ended(id))
        })
        .await?;
    }
    Ok(())
}

/// Creates the meeting `title` (three agenda items, the cast's deck and persona) and opens it
/// as the UI does on showing it: its id and its agenda items' ids.
async fn meeting_opened(w: &Writer, cast: &Cast, title: &str) -> Result<(String, Vec<String>)> {
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
                title: title.to_owned(),
            })
        })
        .await?;
    let id = text(&meeting, "id")?;
    // As the UI does on showing it (it also remembers the meeting to reopen): not checked.
    let view = w.call("open_meeting", json!({ "id": id })).await?;
    w.log().pending = None;
    Ok((id, ids(&view["agenda"])?))
}

/// The `i`th agenda item of the meeting `title`, as the script goes through it.
struct Item<'a> {
    title: &'a str,
    meeting: &'a str,
    item: &'a str,
    i: usize,
}

impl Item<'_> {
    fn meeting(&self) -> String {
        self.meeting.to_owned()
    }

    async fn started(&self, w: &Writer) -> Result {
        let args = json!({ "meetingId": self.meeting, "itemId": self.item });
        w.write("start_agenda_item", args, |_| {
            Ok(Ack::ItemStarted {
                meeting: self.meeting(),
                item: self.item.to_owned(),
            })
        })
        .await?;
        Ok(())
    }

    /// Moves to prompt `p` and answers it.
    async fn prompt_answered(&self, w: &Writer, p: usize, prompt: &str) -> Result {
        let args = json!({ "meetingId": self.meeting, "index": p });
        w.write("set_prompt_index", args, |_| {
            let (meeting, index) = (self.meeting(), p as u64);
            Ok(Ack::PromptIndex { meeting, index })
        })
        .await?;
        let answer = format!(
            "{}, prompt {p}: shoppers buying gifts in December",
            self.title
        );
        let input = json!({ "input": {
            "meetingId": self.meeting, "promptId": prompt, "answer": answer,
            "agendaItemId": self.item,
        }});
        w.write("answer_prompt", input, |_| {
            Ok(Ack::Answer {
                meeting: self.meeting(),
                prompt: prompt.to_owned(),
                text: answer,
            })
        })
        .await?;
        Ok(())
    }

    /// The decision typed in two goes (the draft is saved as it grows), then recorded with its
    /// impact on the cast's persona: its id.
    async fn decision_recorded(&self, w: &Writer, cast: &Cast) -> Result<String> {
        let (id, i) = (self.meeting, self.i);
        let statement = format!("{}, item {i}: print a prepaid return label", self.title);
        let rationale = "Returns are the loudest complaint.";
        save_draft(w, id, draft_json(&statement[..statement.len() / 2], "")).await?;
        save_draft(w, id, draft_json(&statement, rationale)).await?;
        let input = json!({ "input": {
            "meetingId": id, "agendaItemId": self.item, "statement": statement,
            "rationale": rationale, "owner": "Priya", "reversibility": "two_way",
            "impacts": [{
                "personaId": cast.persona, "direction": "helps", "magnitude": 3,
                "whatChanges": "a return takes one trip to the post office",
            }],
        }});
        let decision = w
            .write("record_decision", input, |d| {
                Ok(Ack::Decision {
                    id: text(d, "id")?,
                    meeting: self.meeting(),
                    statement,
                })
            })
            .await?;
        text(&decision, "id")
    }

    /// The room notes the customer; an ambassador annotates `decision` in the customer's voice.
    async fn reactions_noted(&self, w: &Writer, decision: String) -> Result {
        let input = json!({ "input": { "meetingId": self.meeting, "kind": "impact_recorded" } });
        w.write("record_customer_reference", input, |pulse| {
            let at = text(pulse, "lastCustomerReferenceAt")?;
            Ok(Ack::Reference {
                meeting: self.meeting(),
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
        Ok(())
    }
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
