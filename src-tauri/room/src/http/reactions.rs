//! What an admitted device writes: reactions (an ambassador's) and "I'm speaking for the
//! customer", each signed with the device's person and counted once per client id.

use super::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub(super) struct ReactionInput {
    stance: Stance,
    feeling: Option<u8>,
    #[serde(default)]
    comment: String,
    #[serde(default)]
    flags: Vec<AnnotationFlag>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub(super) struct NewReaction {
    client_id: String,
    decision_id: String,
    stance: Stance,
    feeling: Option<u8>,
    #[serde(default)]
    comment: String,
    #[serde(default)]
    flags: Vec<AnnotationFlag>,
}

pub(super) fn annotation(
    stance: Stance,
    feeling: Option<u8>,
    comment: String,
    flags: Vec<AnnotationFlag>,
) -> Answer<AnnotationInput> {
    let count = comment.chars().count();
    if count > MAX_COMMENT {
        return Err(Problem::invalid(
            "comment",
            format!("{count} characters is too long; at most {MAX_COMMENT}"),
        ));
    }
    Ok(AnnotationInput {
        stance,
        feeling,
        comment,
        flags,
    })
}

/// The device's person, which every write is signed with.
pub(super) fn writer(shared: &Shared, device: &RoomDevice) -> Answer<String> {
    shared.limits.write(&device.id)?;
    device.person_id.clone().ok_or_else(|| {
        Problem::new(
            StatusCode::FORBIDDEN,
            "not_admitted",
            None,
            "not admitted yet",
        )
    })
}

pub(super) fn ambassador(device: &RoomDevice) -> Answer<()> {
    if device.role == Role::Ambassador {
        Ok(())
    } else {
        Err(Problem::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            Some("role"),
            "only ambassadors react to decisions as the customer",
        ))
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct ReactionPush<'a> {
    decision_id: &'a str,
    reaction: &'a RoomReaction,
}

/// Tells every device and the facilitator about a stored reaction (with what it stamped on the
/// running meeting, if anything); returns it as devices see it.
pub(super) fn reacted(
    shared: &Shared,
    saved: &chair_core::model::Annotation,
    pulse: Option<CustomerPulse>,
) -> RoomReaction {
    let reaction = RoomReaction::from(saved);
    push(
        shared,
        "reaction",
        &ReactionPush {
            decision_id: &saved.decision_id,
            reaction: &reaction,
        },
    );
    shared
        .ws
        .changed(Changed::reaction(&shared.meeting_id, saved).with_pulse(pulse));
    reaction
}

pub(super) async fn react(
    State(shared): State<Arc<Shared>>,
    Admitted(device): Admitted,
    Input(input): Input<NewReaction>,
) -> Answer<(StatusCode, Json<RoomReaction>)> {
    let person = writer(&shared, &device)?;
    ambassador(&device)?;
    let body = annotation(input.stance, input.feeling, input.comment, input.flags)?;
    let meeting = shared.meeting_id.clone();
    let (client_id, decision_id) = (input.client_id, input.decision_id);
    let (saved, pulse) = with_db(&shared, move |db| {
        db.add_annotation_as(&person, &meeting, &client_id, &decision_id, &body)
    })
    .await?;
    let reaction = reacted(&shared, &saved, pulse);
    Ok((StatusCode::CREATED, Json(reaction)))
}

pub(super) async fn edit_reaction(
    State(shared): State<Arc<Shared>>,
    Admitted(device): Admitted,
    Path(id): Path<String>,
    Input(input): Input<ReactionInput>,
) -> Answer<Json<RoomReaction>> {
    let person = writer(&shared, &device)?;
    let body = annotation(input.stance, input.feeling, input.comment, input.flags)?;
    let meeting = shared.meeting_id.clone();
    let saved = with_db(&shared, move |db| {
        in_meeting(db, &meeting, &id)?;
        db.update_annotation_as(&person, &id, &body)
    })
    .await?;
    let reaction = reacted(&shared, &saved, None);
    Ok(Json(reaction))
}

/// Refuses a reaction on a decision of another meeting as if it did not exist.
pub(super) fn in_meeting(db: &Db, meeting_id: &str, annotation_id: &str) -> chair_core::Result<()> {
    let found = db
        .list_decisions(meeting_id)?
        .iter()
        .any(|d| d.annotations.iter().any(|a| a.id == annotation_id));
    if found {
        Ok(())
    } else {
        Err(chair_core::Error::not_found("reaction", annotation_id))
    }
}

pub(super) async fn delete_reaction(
    State(shared): State<Arc<Shared>>,
    Admitted(device): Admitted,
    Path(id): Path<String>,
) -> Answer<StatusCode> {
    let person = writer(&shared, &device)?;
    let meeting = shared.meeting_id.clone();
    with_db(&shared, move |db| {
        in_meeting(db, &meeting, &id)?;
        db.delete_annotation_as(&person, &id)
    })
    .await?;
    publish_view(&shared);
    shared.ws.changed(Changed::in_meeting(
        ChangeArea::Decisions,
        &shared.meeting_id,
    ));
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub(super) struct Speaking {
    client_id: String,
}

/// The client ids of "I'm speaking for the customer" presses already counted (this room).
#[derive(Default)]
pub struct Seen(pub(super) Mutex<HashSet<String>>);

/// "I'm speaking for the customer": a customer reference, counted once per client id.
pub(super) async fn speaking(
    State(shared): State<Arc<Shared>>,
    Admitted(device): Admitted,
    Input(input): Input<Speaking>,
) -> Answer<StatusCode> {
    writer(&shared, &device)?;
    if uuid::Uuid::parse_str(&input.client_id).is_err() {
        return Err(Problem::invalid("clientId", "not a UUID"));
    }
    let key = format!("{}/{}", device.id, input.client_id);
    if shared
        .seen
        .0
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .contains(&key)
    {
        return Ok(StatusCode::OK);
    }
    let reference = CustomerReference {
        meeting_id: shared.meeting_id.clone(),
        kind: CustomerReferenceKind::SpokeForCustomer,
        anecdote_id: None,
    };
    with_db(&shared, move |db| {
        db.record_customer_reference(&reference, utc_now())
    })
    .await?;
    shared
        .seen
        .0
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(key);
    shared.ws.changed(Changed::in_meeting(
        ChangeArea::Meetings,
        &shared.meeting_id,
    ));
    Ok(StatusCode::CREATED)
}
