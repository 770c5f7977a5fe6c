//! The checks of each entity, one file each, every one an `impl` block of
//! [`Walker`](crate::rules::walk::Walker): first the entity's references through the map,
//! then its own rules, in document order.

mod capability;
mod claim;
mod conference;
mod decision;
mod delegation;
mod office;
mod organization;
mod person;
mod recommendation;
mod region;
mod relative;
mod release;
mod role;
mod series;
mod source;
mod statement;
mod strategy;
