//! [`Local`]: page-lifetime mutable state for event handlers and effects.
//!
//! Leptos's `StoredValue` keeps values in its reactive arena, and every
//! distinct `T` monomorphises another copy of that arena code into the Wasm.
//! The app's components are mounted once and live as long as the page, so a
//! leaked `RefCell` does the same job: a `Copy` handle, no arena, a few bytes
//! of code per type.

use std::cell::RefCell;

pub struct Local<T: 'static>(&'static RefCell<T>);

impl<T> Clone for Local<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Local<T> {}

impl<T: 'static> Local<T> {
    /// Allocates once; the value lives until the page is closed.
    pub fn new(value: T) -> Local<T> {
        Local(Box::leak(Box::new(RefCell::new(value))))
    }
    pub fn with_value<R>(self, f: impl FnOnce(&T) -> R) -> R {
        f(&self.0.borrow())
    }
    pub fn update_value<R>(self, f: impl FnOnce(&mut T) -> R) -> R {
        f(&mut self.0.borrow_mut())
    }
    pub fn set_value(self, value: T) {
        *self.0.borrow_mut() = value;
    }
    pub fn get_value(self) -> T
    where
        T: Clone,
    {
        self.0.borrow().clone()
    }
}
