//! Answers: a core error as an HTTP status and a JSON problem naming the field, the
//! workspace on the blocking pool, and JSON bodies parsed strictly.

use super::*;

/// The HTTP status for a core error code: the one place the room maps `Error::code()`.
pub fn status_for(code: ErrorCode) -> StatusCode {
    use ErrorCode as C;
    match code {
        C::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
        C::NotFound => StatusCode::NOT_FOUND,
        C::Forbidden | C::NotPicked => StatusCode::FORBIDDEN,
        C::Gate | C::Exists | C::Cancelled => StatusCode::CONFLICT,
        C::InUse | C::Closed | C::Open => StatusCode::SERVICE_UNAVAILABLE,
        C::Io
        | C::Corrupt
        | C::Foreign
        | C::Newer
        | C::Migration
        | C::Db
        | C::Search
        | C::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// An error answer: `{ code, field, message }`, so the page can say what was wrong where.
#[derive(Debug)]
pub struct Problem {
    status: StatusCode,
    body: ProblemBody,
}

#[derive(Debug, Serialize)]
pub(super) struct ProblemBody {
    code: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<String>,
    message: String,
}

impl Problem {
    pub fn new(
        status: StatusCode,
        code: &'static str,
        field: Option<&str>,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            status,
            body: ProblemBody {
                code,
                field: field.map(str::to_owned),
                message: message.into(),
            },
        }
    }

    pub(super) fn invalid(field: &str, message: impl Into<String>) -> Problem {
        Problem::new(StatusCode::BAD_REQUEST, "invalid", Some(field), message)
    }

    pub(super) fn unavailable(message: String) -> Problem {
        Problem::new(StatusCode::SERVICE_UNAVAILABLE, "closed", None, message)
    }
}

impl From<chair_core::Error> for Problem {
    fn from(e: chair_core::Error) -> Problem {
        let field = match &e {
            chair_core::Error::Invalid { field, .. } => Some(field.clone()),
            _ => None,
        };
        let status = status_for(e.code());
        Problem {
            status,
            body: ProblemBody {
                code: e.code().as_str(),
                field,
                message: if status.is_server_error() {
                    // Internal detail (paths, SQL) stays on the laptop.
                    "the laptop could not do this; try again".to_owned()
                } else {
                    e.to_string()
                },
            },
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        (self.status, Json(self.body)).into_response()
    }
}

pub(super) type Answer<T> = Result<T, Problem>;

/// Runs `f` with the workspace on the blocking pool.
pub(super) async fn with_db<T: Send + 'static>(
    shared: &Arc<Shared>,
    f: impl FnOnce(&mut Db) -> chair_core::Result<T> + Send + 'static,
) -> Answer<T> {
    let ws = shared.ws.clone();
    tokio::task::spawn_blocking(move || call(ws.as_ref(), f))
        .await
        .map_err(|e| Problem::unavailable(e.to_string()))?
        .map_err(Problem::unavailable)?
        .map_err(Problem::from)
}

/// A JSON body parsed strictly: 415 without a JSON content type, 413 past the cap, 400 naming
/// the field for malformed JSON, unknown fields or wrong types.
pub struct Input<T>(pub(super) T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Input<T> {
    type Rejection = Problem;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        if !json {
            return Err(Problem::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "invalid",
                Some("Content-Type"),
                "send JSON (Content-Type: application/json)",
            ));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            Problem::new(
                e.status(),
                "invalid",
                Some("body"),
                format!("the body was refused: {e} (at most {MAX_BODY} bytes)"),
            )
        })?;
        let de = &mut serde_json::Deserializer::from_slice(&bytes);
        serde_path_to_error::deserialize(de)
            .map(Input)
            .map_err(|e| {
                let path = e.path().to_string();
                let message = e.into_inner().to_string();
                let field = if path != "." && path != "?" {
                    path
                } else {
                    named_field(&message).unwrap_or("body").to_owned()
                };
                Problem::invalid(&field, message)
            })
    }
}

/// The field serde names in "unknown field `x`" or "missing field `x`" (at the top level,
/// where serde_path_to_error has no path to give).
pub(super) fn named_field(message: &str) -> Option<&str> {
    let rest = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("missing field `"))?;
    rest.split_once('`').map(|(field, _)| field)
}
