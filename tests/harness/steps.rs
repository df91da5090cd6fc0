//! What a user does in the app that several scenarios do too, each step taken through the
//! window as a user takes it, and waiting for what shows that it worked: a meeting created, a
//! decision recorded, the next prompt, a screen or a dialog opened, a file picked to import, a
//! screen in both themes.

use fantoccini::key::Key;

use super::*;

/// The first of the five customer questions a new meeting asks.
pub const FIRST_QUESTION: &str = "Who is the customer?";
/// The second of the five customer questions.
pub const SECOND_QUESTION: &str = "What is the customer problem or opportunity?";

impl App {
    /// Runs `command` from the command palette: Ctrl+K, its words, Enter.
    pub async fn from_the_palette(&self, command: &str) -> Result {
        self.keys(&chord(Key::Control, 'k')).await?;
        self.wait("command-palette").await?;
        self.keys(command).await?;
        self.keys(&String::from(char::from(Key::Enter))).await
    }

    /// Opens the new-meeting dialog from the meeting list and types `title` into it.
    pub async fn type_new_meeting(&self, title: &str) -> Result {
        self.click("new-meeting").await?;
        self.wait("new-meeting-dialog").await?;
        self.type_into("new-meeting-title", title).await
    }

    /// Creates the meeting in the open dialog and waits for it to open as `title`.
    pub async fn create_meeting(&self, title: &str) -> Result {
        self.click("create-meeting").await?;
        self.wait_text("meeting-title", title).await?;
        Ok(())
    }

    /// Creates a meeting titled `title` from the meeting list, as a user does, and waits for it
    /// to open.
    pub async fn new_meeting(&self, title: &str) -> Result {
        self.type_new_meeting(title).await?;
        self.create_meeting(title).await
    }

    /// Creates a meeting titled `title` from the command palette ("new meeting", whose dialog
    /// opens with the title field focused) and waits for it to open.
    pub async fn new_meeting_from_the_palette(&self, title: &str) -> Result {
        self.from_the_palette("new meeting").await?;
        self.wait("new-meeting-dialog").await?;
        self.keys(title).await?;
        self.create_meeting(title).await
    }

    /// Writes `statement` as the meeting's next decision, records it, and waits for the log
    /// to show it.
    pub async fn record_decision(&self, statement: &str) -> Result {
        self.type_into("decision-statement", statement).await?;
        self.record_written_decision(statement).await
    }

    /// Records the decision written so far (its statement `statement`) and waits for the log
    /// to show it.
    pub async fn record_written_decision(&self, statement: &str) -> Result {
        self.click("record-decision").await?;
        self.wait_text("decision-log", statement).await?;
        Ok(())
    }

    /// Moves the meeting on to its next prompt and waits for it to ask `question`.
    pub async fn next_prompt(&self, question: &str) -> Result {
        self.click("prompt-next").await?;
        self.wait_text("prompt-text", question).await?;
        Ok(())
    }

    /// Chooses the option `value` of the select `test_id`.
    pub async fn choose(&self, test_id: &str, value: &str) -> Result {
        self.in_view(test_id).await?.select_by_value(value).await?;
        Ok(())
    }

    /// Accepts the decision the gate stopped, over the gate, and waits for the log to say so.
    pub async fn accept_over_the_gate(&self) -> Result {
        self.click("gate-override").await?;
        self.wait_text("gate-override-note", "accepted over the gate by")
            .await?;
        Ok(())
    }

    /// Clicks `opener` (a link of the sidebar, a button that opens a dialog or a view) and
    /// waits for what it opens to show the element `shown`.
    pub async fn open(&self, opener: &str, shown: &str) -> Result {
        self.click(opener).await?;
        self.wait(shown).await?;
        Ok(())
    }

    /// Opens the library's import dialog and picks `file` in it.
    pub async fn pick_import_file(&self, file: &Path) -> Result {
        self.click("library-import").await?;
        self.wait("import-dialog").await?;
        self.pick("import-pick", file).await
    }

    /// Shows the page in the theme `theme` ("light" or "dark") at once, as the theme switch
    /// does, whether or not a dialog covers the switch.
    pub async fn set_theme(&self, theme: &str) -> Result {
        self.client
            .execute(
                "document.documentElement.dataset.theme = arguments[0]; return null;",
                vec![theme.into()],
            )
            .await?;
        Ok(())
    }

    /// Screenshots of what the window shows in light mode (`light`), then in dark mode
    /// (`dark`); leaves it light.
    pub async fn screenshots_light_and_dark(&mut self, light: &str, dark: &str) -> Result {
        self.screenshot(light).await?;
        self.set_theme("dark").await?;
        self.screenshot(dark).await?;
        self.set_theme("light").await
    }
}
