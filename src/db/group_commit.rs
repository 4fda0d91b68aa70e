//! SQLite's writes, committed together. SQLite has one writer at a time, and most of a
//! small write's cost is its commit (the search index flushes a segment, the WAL gets a
//! frame per page touched). So a write joins a queue, and one writer on the blocking
//! thread pool, there while the queue is not empty, runs every write queued since its
//! last commit in one transaction, each in a savepoint of its own (one that fails is
//! undone alone, as if it had run by itself), and commits once. Every write hears its
//! outcome only after that commit: a write that is acknowledged is stored. The writes
//! waiting wait as futures, not as blocked threads taking turns at a lock.

use crate::error::AppError;
use diesel::Connection;
use diesel::r2d2::{ManageConnection, Pool};
use diesel::result::{DatabaseErrorKind, Error, QueryResult};
use std::ops::DerefMut;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use tokio::sync::oneshot;

/// A queued write: runs its statements in a savepoint (or hears that there is no
/// connection), and gives back what tells its caller the outcome once the commit's is
/// known.
type Job<C> = Box<dyn FnOnce(Result<&mut C, &str>) -> Outcome + Send>;
type Outcome = Box<dyn FnOnce(Result<(), &Error>) + Send>;

/// The queue of one database's writes, over connections `C` from a pool.
pub struct GroupCommit<C> {
    state: Mutex<State<C>>,
}

struct State<C> {
    queued: Vec<Job<C>>,
    /// Whether a writer is at work (it takes what is queued before it stops).
    writing: bool,
}

impl<C> Default for GroupCommit<C> {
    fn default() -> Self {
        Self {
            state: Mutex::new(State {
                queued: Vec::new(),
                writing: false,
            }),
        }
    }
}

impl<C: Connection + 'static> GroupCommit<C> {
    /// Runs `statements` in the next batch's transaction.
    pub async fn write<T, F, M>(
        self: &Arc<Self>,
        pool: &Pool<M>,
        statements: F,
    ) -> Result<T, AppError>
    where
        M: ManageConnection<Connection: DerefMut<Target = C>>,
        F: FnOnce(&mut C) -> QueryResult<T> + Send + 'static,
        T: Send + 'static,
    {
        let (sender, receiver) = oneshot::channel::<Result<T, AppError>>();
        let job: Job<C> = Box::new(move |conn| {
            let result = match conn {
                Ok(conn) => conn.transaction(statements),
                Err(why) => {
                    let _ = sender.send(Err(AppError::Unavailable(why.to_owned())));
                    return Box::new(|_| {});
                }
            };
            Box::new(move |committed| {
                let outcome = match committed {
                    Ok(()) => result.map_err(AppError::from),
                    // The statements ran, but nothing of the batch is stored.
                    Err(err) => Err(AppError::from(Error::DatabaseError(
                        DatabaseErrorKind::Unknown,
                        Box::new(format!("committing the batch it ran in: {err}")),
                    ))),
                };
                // A caller that went away needs no answer.
                let _ = sender.send(outcome);
            })
        });
        let start_writer = {
            let mut state = self.lock();
            state.queued.push(job);
            !std::mem::replace(&mut state.writing, true)
        };
        if start_writer {
            let (queue, pool) = (Arc::clone(self), pool.clone());
            // Not awaited: this write waits for its own outcome like any other.
            drop(actix_web::rt::task::spawn_blocking(move || {
                queue.write_until_empty(&pool)
            }));
        }
        receiver
            .await
            .map_err(|_| AppError::internal(anyhow::anyhow!("the write's batch was dropped")))?
    }

    fn lock(&self) -> MutexGuard<'_, State<C>> {
        // A panic while holding the lock leaves the queue whole (pushes and takes are
        // single steps), so a poisoned lock is simply taken.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The writer: commits batch after batch until nothing is queued.
    fn write_until_empty<M>(&self, pool: &Pool<M>)
    where
        M: ManageConnection<Connection: DerefMut<Target = C>>,
    {
        // Should a batch panic, its writes and the queued ones get an error (their
        // senders dropped) and the next write starts a writer again.
        let _unwinding = Unwinding(self);
        loop {
            let jobs = {
                let mut state = self.lock();
                if state.queued.is_empty() {
                    state.writing = false;
                    break;
                }
                std::mem::take(&mut state.queued)
            };
            let mut conn = match pool.get() {
                Ok(conn) => conn,
                Err(err) => {
                    let why = err.to_string();
                    for job in jobs {
                        drop(job(Err(&why)));
                    }
                    continue;
                }
            };
            let mut outcomes = Vec::with_capacity(jobs.len());
            let committed = conn.transaction(|conn| {
                outcomes.extend(jobs.into_iter().map(|job| job(Ok(conn))));
                QueryResult::Ok(())
            });
            for outcome in outcomes {
                outcome(committed.as_ref().map(|_| ()));
            }
        }
    }
}

/// Resets the queue if the writer unwinds.
struct Unwinding<'a, C>(&'a GroupCommit<C>);

impl<C> Drop for Unwinding<'_, C> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let mut state = self.0.state.lock().unwrap_or_else(PoisonError::into_inner);
            state.queued.clear();
            state.writing = false;
        }
    }
}
