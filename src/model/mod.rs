//! Entities: the records of the vocabulary, with public fields of leaf types, and the map of
//! every reference they hold ([`refs`]).

pub mod capability;
pub mod claim;
pub mod conference;
pub mod dataset;
pub mod decision;
pub mod delegation;
pub mod document;
pub mod event;
pub mod office;
pub mod organization;
pub mod person;
pub mod recommendation;
pub mod region;
pub mod release;
pub mod role;
pub mod series;
pub mod source;
pub mod statement;
pub mod strategy;

pub(crate) mod refs;
