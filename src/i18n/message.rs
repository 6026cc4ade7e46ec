//! A message kept by key, to be said again in another language: what a stored notice holds so
//! that `check --lang en` shows in English a notice imported in Indonesian.
//!
//! A message is its Fluent key and its arguments: text already formatted (numbers, cells,
//! names), a count (Fluent picks a plural form by it) or another message (a reason, a column's
//! description), rendered in the same language as the message around it. Stored, the arguments
//! are a small JSON object: `{"column":"F","count":3,"header":{"key":"read-header-none"}}`.

use super::{tr_in, Arg, Lang};
use serde_json::{Map, Value};

/// A message by key, with its arguments in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub key: String,
    pub args: Vec<(String, MessageArg)>,
}

/// One argument of a [`Message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageArg {
    /// Text the same in every language (a number formatted the domain's way, a cell, a name).
    Text(String),
    /// A count, which a message may choose a plural form by.
    Count(i64),
    /// A part said in the language of the message around it.
    Message(Message),
}

impl From<&str> for MessageArg {
    fn from(s: &str) -> MessageArg {
        MessageArg::Text(s.to_string())
    }
}
impl From<String> for MessageArg {
    fn from(s: String) -> MessageArg {
        MessageArg::Text(s)
    }
}
impl From<&String> for MessageArg {
    fn from(s: &String) -> MessageArg {
        MessageArg::Text(s.clone())
    }
}
impl From<Message> for MessageArg {
    fn from(m: Message) -> MessageArg {
        MessageArg::Message(m)
    }
}
macro_rules! count_message_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for MessageArg {
            fn from(n: $t) -> MessageArg {
                MessageArg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_message_arg!(usize, u32, u64, i32, i64);

impl Message {
    /// The message `key` with no arguments yet.
    pub fn new(key: &str) -> Message {
        Message {
            key: key.to_string(),
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    pub fn arg(mut self, name: &str, value: impl Into<MessageArg>) -> Message {
        self.args.push((name.to_string(), value.into()));
        self
    }

    /// The message in the current language.
    pub fn render(&self) -> String {
        self.render_in(super::lang())
    }

    /// The message in `lang`, its parts in the same language.
    pub fn render_in(&self, lang: Lang) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let arg = match value {
                    MessageArg::Text(s) => Arg::from(s),
                    MessageArg::Count(n) => Arg::from(*n),
                    MessageArg::Message(m) => Arg::from(m.render_in(lang)),
                };
                (name.as_str(), arg)
            })
            .collect();
        tr_in(lang, &self.key, &args)
    }

    /// Whether `lang` has this message's key and every key inside it: a message stored by a
    /// later lakip may name a key this one lacks, and is then shown as it was stored.
    pub fn is_known(&self, lang: Lang) -> bool {
        super::has(lang, &self.key)
            && self.args.iter().all(|(_, v)| match v {
                MessageArg::Message(m) => m.is_known(lang),
                _ => true,
            })
    }

    /// The arguments as the JSON object stored beside the key (`{}` for none).
    pub fn args_json(&self) -> String {
        Value::Object(self.args_map()).to_string()
    }

    fn args_map(&self) -> Map<String, Value> {
        self.args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    MessageArg::Text(s) => Value::from(s.as_str()),
                    MessageArg::Count(n) => Value::from(*n),
                    MessageArg::Message(m) => {
                        let mut object = Map::new();
                        object.insert("key".into(), Value::from(m.key.as_str()));
                        if !m.args.is_empty() {
                            object.insert("args".into(), Value::Object(m.args_map()));
                        }
                        Value::Object(object)
                    }
                };
                (name.clone(), value)
            })
            .collect()
    }

    /// The message a stored key and JSON arguments make; `None` when the arguments are not
    /// such an object (a hand-edited table): the stored text is shown instead.
    pub fn from_stored(key: &str, args: &str) -> Option<Message> {
        let map = match args.trim() {
            "" => Map::new(),
            text => match serde_json::from_str::<Value>(text).ok()? {
                Value::Object(map) => map,
                _ => return None,
            },
        };
        Message::from_map(key, &map)
    }

    fn from_map(key: &str, map: &Map<String, Value>) -> Option<Message> {
        let mut message = Message::new(key);
        for (name, value) in map {
            let arg = match value {
                Value::String(s) => MessageArg::Text(s.clone()),
                Value::Number(n) => MessageArg::Count(n.as_i64()?),
                Value::Object(inner) => {
                    let key = inner.get("key")?.as_str()?;
                    let empty = Map::new();
                    let args = match inner.get("args") {
                        Some(Value::Object(args)) => args,
                        None => &empty,
                        Some(_) => return None,
                    };
                    MessageArg::Message(Message::from_map(key, args)?)
                }
                _ => return None,
            };
            message.args.push((name.clone(), arg));
        }
        Some(message)
    }
}

/// A [`Message`] by key with named arguments, as [`t!`](crate::t) writes a string:
/// `msg!("read-unread-column", column = "F", count = 3)`.
#[macro_export]
macro_rules! msg {
    ($key:literal $(,)?) => {
        $crate::i18n::Message::new($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Message::new($key)$(.arg(stringify!($name), $value))+
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_arguments_read_back_the_same_message() {
        let m = crate::msg!(
            "read-unread-column",
            column = "F",
            header = crate::msg!("read-header-text-column", name = "Volume"),
            count = 3usize
        );
        let json = m.args_json();
        let back = Message::from_stored(&m.key, &json).expect("stored form reads back");
        // The JSON object orders its names; the message means the same in either order.
        assert_eq!(back.render_in(Lang::En), m.render_in(Lang::En));
        assert_eq!(Message::from_stored("k", "[1]"), None);
    }
}
