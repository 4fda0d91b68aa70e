//! The pages that belong to no resource: about.

use super::Layout;
use askama::Template;

#[derive(Template)]
#[template(path = "about.html")]
pub struct AboutPage {
    pub layout: Layout,
}
