// Gold file: reads a PETRARCH validation file (e.g. PETR.UnitTest.records.xml) into records of
// text and expected events.
//
// The format, as far as sitrep reads it:
//
//   <Validation>
//     <Environment>                      dictionary file names; other children are ignored
//       <Verbfile>F</Verbfile> <Actorfile>F</Actorfile> (one or more) <Agentfile>F</Agentfile>
//       <Discardfile>F</Discardfile> <Config option="O" value="V"/> ...
//     </Environment>
//     <Sentences>
//       <Config option="require_dyad" value="false"></Config>   applies to all FOLLOWING records
//       <Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
//         <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>  0..n
//         <EventCoding noevents="True"></EventCoding>            or: expects nothing
//         <EventCoding error="storydiscard"></EventCoding>       or: expects this error
//         <Text> the sentence </Text>
//         <Parse> a Treebank parse: ignored </Parse>
//       </Sentence>
//     </Sentences>
//   </Validation>
//
// Config elements are applied in document order (those inside <Environment> first), so each
// record carries the options in force where it stands. A <Sentence> with no <EventCoding>
// expects no events.
//
// Errors: a file that cannot be read or is not well-formed XML fails with "path:line: reason".
// A record that cannot be used (no id, no or bad date, no text, an <EventCoding> without codes)
// is reported in GoldFile::problems as "path:line: reason" and skipped; it never stops reading.
// Thread-safety: plain values and free functions.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/core/date.h"
#include "sitrep/core/status.h"
#include "sitrep/eval/event_scores.h"

namespace sitrep::eval {

// One <EventCoding>: attribute values verbatim. PETRARCH writes new actors as quoted phrases
// (sourcecode='"INJURY TOLL"'), so a code may contain double quotes and spaces.
using GoldEvent = EventTriple;

struct GoldRecord {
  std::string id;
  Date date;             // from date="YYYYMMDD"; always valid
  std::string category;  // may be empty when the attribute is missing
  // The <Text> content, entities decoded, every run of whitespace collapsed to one space and
  // the ends trimmed; never empty.
  std::string text;
  std::vector<GoldEvent> expected;  // in file order
  bool expects_no_events = false;   // noevents="True" was given (then `expected` is empty)
  std::string error;                // the error="..." attribute, empty when none
  // Options in force for this record, from the preceding <Config option= value=> elements;
  // names and values as written ("require_dyad" -> "FALSE").
  std::map<std::string, std::string> config;
  int line = 0;  // 1-based line of the <Sentence> start tag
};

struct GoldEnvironment {
  // File names as written in <Environment> (relative names are the usual case); empty or
  // absent when the element is missing.
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
};

struct GoldFile {
  std::string path;  // as given to ReadGoldFile, used in every message
  GoldEnvironment environment;
  std::vector<GoldRecord> records;    // the usable records, in file order
  // "path:line: reason" per skipped record (and per record whose invalid UTF-8 was repaired)
  std::vector<std::string> problems;
};

Result<GoldFile> ReadGoldFile(const std::string& path);

// The same from a string already in memory; `path` names it in messages. Tests use this.
Result<GoldFile> ParseGoldFile(std::string_view content, const std::string& path);

}  // namespace sitrep::eval
