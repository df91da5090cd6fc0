//! Two monitors for a test, on a machine with none: an X server of its own (Xorg with the
//! `dummy` video driver, which has RandR outputs, unlike Xvfb) with its outputs side by side,
//! set up with `xrandr` as a user would arrange a laptop and a projector. Stopped when dropped.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::{spawn_installed, Result};

const CONFIG: &str = r#"Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 256000
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
  EndSubSection
EndSection
Section "ServerFlags"
  Option "AutoAddDevices" "false"
  Option "DontVTSwitch" "true"
EndSection
"#;

/// A running X server with several monitors.
pub struct Displays {
    server: Child,
    /// The `DISPLAY` value, e.g. ":57".
    pub display: String,
}

impl Displays {
    /// Starts a server with `outputs` (DUMMY0, DUMMY1, …) left to right, each 1024×768; its
    /// configuration and log go to `dir`.
    pub fn start(dir: &Path, outputs: usize) -> Result<Displays> {
        let number = (57..120)
            .find(|n| {
                !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                    && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
            })
            .ok_or("no free X display number")?;
        let display = format!(":{number}");
        let config = dir.join("xorg.conf");
        std::fs::write(&config, CONFIG)?;
        let server = spawn_installed(
            Command::new("Xorg")
                .arg(&display)
                .args(["-noreset", "-nolisten", "tcp", "+extension", "RANDR"])
                .arg("-config")
                .arg(&config)
                .arg("-logfile")
                .arg(dir.join("xorg.log"))
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
            "scripts/setup test",
        )?;
        let displays = Displays { server, display };
        let deadline = Instant::now() + Duration::from_secs(20);
        while !Path::new(&format!("/tmp/.X11-unix/X{number}")).exists()
            || displays.xrandr(&[]).is_err()
        {
            if Instant::now() > deadline {
                return Err(format!("Xorg did not start on {}", displays.display).into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        for i in 1..outputs {
            let (output, left) = (format!("DUMMY{i}"), format!("DUMMY{}", i - 1));
            displays.xrandr(&["--addmode", &output, "1024x768"])?;
            displays.xrandr(&[
                "--output",
                &output,
                "--mode",
                "1024x768",
                "--right-of",
                &left,
            ])?;
        }
        let listed = displays.xrandr(&["--listmonitors"])?;
        if !listed.starts_with(&format!("Monitors: {outputs}")) {
            return Err(
                format!("{} has not {outputs} monitors: {listed}", displays.display).into(),
            );
        }
        Ok(displays)
    }

    /// Runs xrandr on this server; its output.
    fn xrandr(&self, args: &[&str]) -> Result<String> {
        let out = Command::new("xrandr")
            .env("DISPLAY", &self.display)
            .args(args)
            .output()?;
        if !out.status.success() {
            return Err(
                format!("xrandr {args:?}: {}", String::from_utf8_lossy(&out.stderr)).into(),
            );
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

impl Drop for Displays {
    /// Stops the server as a session ends (SIGTERM: it removes its socket and lock), killing
    /// it if it lingers.
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.server.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.server.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}
