#[macro_use]
// ok: sandbox.native
extern crate log;

use serde::{Deserialize, Serialize};
use std::collections::VecDeque;
use std::process::Command;
use std::sync::Mutex;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Job {
    RestartService { unit: String },
    RotateLogs,
    Reindex { collection: String },
}

#[derive(Default)]
pub struct JobQueue {
    inner: Mutex<VecDeque<Job>>,
}

impl JobQueue {
    pub fn push(&self, job: Job) {
        self.inner.lock().unwrap().push_back(job);
    }

    pub fn pop(&self) -> Option<Job> {
        self.inner.lock().unwrap().pop_front()
    }

    pub fn len(&self) -> usize {
        self.inner.lock().unwrap().len()
    }
}

fn allowed_unit(unit: &str) -> bool {
    matches!(unit, "api.service" | "worker.service" | "scheduler.service")
}

pub fn run(job: &Job) -> std::io::Result<bool> {
    let status = match job {
        Job::RestartService { unit } if allowed_unit(unit) => {
            // ok: sandbox.process
            Command::new("systemctl").arg("restart").arg(unit).status()?
        }
        Job::RestartService { unit } => {
            warn!("refusing to restart unknown unit {}", unit);
            return Ok(false);
        }
        Job::RotateLogs => {
            // ok: sandbox.process
            Command::new("logrotate").args(["-f", "/etc/logrotate.d/app"]).status()?
        }
        Job::Reindex { collection } => {
            // ok: sandbox.process
            Command::new("/usr/local/bin/reindex")
                .arg("--collection")
                .arg(collection)
                .status()?
        }
    };
    Ok(status.success())
}

pub fn drain(queue: &JobQueue) -> usize {
    let mut done = 0;
    while let Some(job) = queue.pop() {
        match run(&job) {
            Ok(true) => done += 1,
            Ok(false) => warn!("job {:?} failed", job),
            Err(e) => error!("job {:?} could not start: {}", job, e),
        }
    }
    done
}
