//! One scenario's setting: its folder under `target/e2e/<name>/` (screenshots, files it
//! writes), its workspace file there, and the tauri-driver that launches the app on it, as
//! often as the scenario restarts it. The driver runs as long as the `Scenario` lives: bind it
//! to a name for the whole test.

use super::*;

/// The sample workspace's persona, in the chair of a new workspace.
pub const SAMPLE_PERSONA: &str = "Diane Okafor";
/// The sample workspace's past meeting, open on a new workspace's first start.
pub const SAMPLE_MEETING: &str = "Returns and refunds review";

/// A scenario's folder, workspace and tauri-driver.
pub struct Scenario {
    /// `target/e2e/<name>/`, emptied when the scenario starts: screenshots and written files.
    pub dir: PathBuf,
    /// The workspace the app opens: `workspace.db` in `dir`, new unless the test writes it first.
    pub db: PathBuf,
    driver: Driver,
}

impl Scenario {
    /// A fresh folder for the scenario `name` and a tauri-driver on the test's display; the app
    /// is not started yet (a scenario may write its workspace first).
    pub fn new(name: &str) -> Result<Scenario> {
        let dir = test_dir(name);
        Ok(Scenario {
            db: dir.join("workspace.db"),
            dir,
            driver: Driver::start()?,
        })
    }

    /// Launches the app on the workspace and waits for its first screen.
    pub async fn launch(&self) -> Result<App> {
        self.driver.launch(&self.db, &self.dir).await
    }

    /// Launches the app on the workspace and waits for the element `test_id` (e.g. `recovery`
    /// for a workspace that cannot be opened).
    pub async fn launch_expecting(&self, test_id: &str) -> Result<App> {
        self.driver
            .launch_expecting(&self.db, &self.dir, test_id)
            .await
    }

    /// Launches the app on the workspace and waits for the sample's persona in the chair, as a
    /// new workspace (the sample) shows it on its first start.
    pub async fn launch_with_diane_in_the_chair(&self) -> Result<App> {
        let app = self.launch().await?;
        app.wait_text("chair-name", SAMPLE_PERSONA).await?;
        Ok(app)
    }

    /// Ends the scenario once its last app has quit: stops tauri-driver and whatever it left
    /// running, so the workspace can be read as the app left it; answers its path.
    pub fn end(self) -> PathBuf {
        self.db
    }
}
