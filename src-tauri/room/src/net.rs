//! Where the room listens by default, and its link as a QR code.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The laptop's address on the default route (found from the system's interfaces and routes,
/// without sending anything), on a free port; loopback when there is none.
pub fn default_address() -> SocketAddr {
    let ip = local_ip_address::local_ip().unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    SocketAddr::new(ip, 0)
}

/// `text` as a QR code: an SVG image, dark modules on white with a quiet zone, to show large.
pub fn qr_svg(text: &str) -> String {
    match QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) {
        Ok(code) => code
            .render::<svg::Color<'_>>()
            .min_dimensions(256, 256)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .quiet_zone(true)
            .build(),
        // Only a link longer than a QR code holds gets here; the panel still shows the link.
        Err(_) => String::new(),
    }
}
