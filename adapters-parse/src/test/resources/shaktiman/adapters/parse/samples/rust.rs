//! Crate docs.
use std::{io, fs};
use crate::model::User;

pub const MAX: u32 = 10;
static COUNTER: u32 = 0;

pub struct Point { pub x: i32, y: i32 }

pub enum Shape { Circle(f64), Square(f64) }

pub trait Area { fn area(&self) -> f64; }

pub type Id = u64;

impl Point {
    pub fn new(x: i32, y: i32) -> Self { Point { x, y } }
    pub(crate) fn norm(&self) -> f64 { helper(self.x as f64) }
}

impl std::fmt::Display for Point {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { write!(f, "{}", self.x) }
}

mod internal {
    pub fn validate() {}
}

fn helper(v: f64) -> f64 { io::stdout(); v }

macro_rules! square { ($x:expr) => { $x * $x }; }
