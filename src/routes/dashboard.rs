//! The dashboard: the school at a glance (`views::dashboard`), the page after logging in.

use crate::db::{Database, fields, now, stats};
use crate::error::AppError;
use crate::views::dashboard::DashboardPage;
use crate::views::{Layout, render};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

pub async fn show(db: web::Data<Database>, layout: Layout) -> Result<HttpResponse, AppError> {
    let today = now().date();
    let (stats, record, counts) = db
        .read("reading the dashboard's figures", move |conn| {
            Ok((
                stats::read(conn, today)?,
                fields::record(conn)?,
                stats::value_counts(conn)?,
            ))
        })
        .await?;
    let page = DashboardPage::new(layout, stats).with_choices(&record, &counts);
    render(StatusCode::OK, &page)
}
