//! The dashboard: the school at a glance (`views::dashboard`), the page after logging in.

use crate::db::{Database, now, stats};
use crate::error::AppError;
use crate::views::dashboard::DashboardPage;
use crate::views::{Layout, render};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

pub async fn show(db: web::Data<Database>, layout: Layout) -> Result<HttpResponse, AppError> {
    let today = now().date();
    let stats = db
        .read("reading the dashboard's figures", move |conn| {
            stats::read(conn, today)
        })
        .await?;
    render(StatusCode::OK, &DashboardPage::new(layout, stats))
}
