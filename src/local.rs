//! [`Local`]: page-lifetime mutable state for event handlers and effects.
//!
//! Leptos's `StoredValue` keeps values in its reactive arena, and every
//! distinct `T` monomorphises another copy of that arena code into the Wasm.
//! The app's components are mounted once and live as long as the page, so a
//! leaked `RefCell` does the same job: a `Copy` handle, no arena, a few bytes
//! of code per type.

use leptos::prelude::{Effect, Notify, RwSignal, Track};
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

/// A [`Local`] value paired with a [`Changed`] notifier: read and written like
/// an `RwSignal<T>` (every write notifies), but all `T`s share one signal type,
/// so a new kind of UI state adds no reactive-arena code.
pub struct Shared<T: 'static> {
    value: Local<T>,
    changed: Changed,
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Shared<T> {}

impl<T: 'static> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared { value: Local::new(value), changed: changed() }
    }
    pub fn with_untracked<R>(self, f: impl FnOnce(&T) -> R) -> R {
        self.value.with_value(f)
    }
    pub fn get(self) -> T
    where
        T: Clone,
    {
        self.changed.track();
        self.value.get_value()
    }
    pub fn get_untracked(self) -> T
    where
        T: Clone,
    {
        self.value.get_value()
    }
    pub fn set(self, value: T) {
        self.value.set_value(value);
        self.changed.notify();
    }
    pub fn update(self, f: impl FnOnce(&mut T)) {
        self.value.update_value(f);
        self.changed.notify();
    }
}

/// `Effect::new` for effects that keep no value between runs. The closure is
/// boxed first, so the effect machinery is compiled once for the app instead
/// of once per closure type.
pub fn effect(f: impl FnMut() + 'static) {
    effect_boxed(Box::new(f));
}

fn effect_boxed(mut f: Box<dyn FnMut()>) {
    Effect::new(move |_| f());
}

/// A change notifier (`track` / `notify`). The signal type is the one the
/// shared state already uses for the hovered actor, so notifiers add no
/// reactive code of their own (a `Trigger` would bring its own copy).
pub type Changed = RwSignal<Option<u32>>;

pub fn changed() -> Changed {
    RwSignal::new(None)
}
