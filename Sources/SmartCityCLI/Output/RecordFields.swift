import ProgrammeCore

/// What a region's profile (`show`) and the site's pages of a region or a cohort say of each
/// kind of record in words of their own. Every other declared field that a record holds is printed as its name
/// and value, so that a field declared later shows in both without teaching either, and
/// nothing a record holds goes unseen (`RegionProfileCompletenessTests` holds both to it).
enum RecordFields {
  /// Per collection, the fields the renderers lay out themselves, or that the page implies (the
  /// region it is about).
  static let laidOut: [Collection: Set<String>] = [
    // On the site's page about the registry.
    .pillars: ["id", "name", "summary", "sources"],
    // On the cohort's pages.
    .cohorts: ["id", "title", "track", "years", "announcedSize", "phases", "sources", "note"],
    .letters: ["number", "date", "issuer", "subject", "cohort", "regencies", "sources", "note"],
    .mous: [
      "id", "regency", "cohort", "ceremony", "signedOn", "venue", "mode", "regionalSignatory", "ministrySignatory",
      "presidedBy", "accompaniedBy", "scope", "letter", "area", "number", "confidence", "inferred", "evidence", "sources",
      "note",
    ],
    // A ceremony's sources are about the ceremony, not the region: the profile names the
    // ceremony, and `show --format json` and the export carry its sources.
    .ceremonies: [
      "id", "cohort", "date", "venue", "city", "mode", "presidedBy", "ministrySignatory", "announcedSignatories", "sources",
      "note",
    ],
    .milestones: ["id", "regency", "cohort", "kind", "date", "until", "regulation", "evidence", "sources", "note"],
    .quickWins: ["id", "regency", "cohort", "pillar", "title", "status", "start", "end", "sources", "note"],
    .claims: ["id", "regency", "cohort", "year", "confidence", "evidence", "sources", "note"],
  ]

  /// The declared fields of a record that the renderers do not lay out and that hold a value,
  /// each as its name and its value in plain text.
  static func others(of record: JSONValue, in collection: Collection, laidOut: Set<String>? = nil) -> [(
    name: String, value: String
  )] {
    let known = laidOut ?? Self.laidOut[collection] ?? []
    return CollectionSchema.of(collection).fields.compactMap { field in
      guard !known.contains(field.name), let value = record[field.name] else { return nil }
      let text = plainText(of: value)
      return text.isEmpty ? nil : (field.name, text)
    }
  }

  /// A value as people read it: a list's items apart by semicolons, an object's members as
  /// `name: value`, nothing for null.
  static func plainText(of value: JSONValue) -> String {
    switch value {
    case .null: ""
    case .bool(let flag): flag ? "true" : "false"
    case .number(let number): value.intValue.map { "\($0)" } ?? "\(number)"
    case .string(let text): text
    case .array(let items): items.map(plainText(of:)).filter { !$0.isEmpty }.joined(separator: "; ")
    case .object(let members):
      members.sorted { $0.key < $1.key }.compactMap { member in
        let text = plainText(of: member.value)
        return text.isEmpty ? nil : "\(member.key): \(text)"
      }.joined(separator: ", ")
    }
  }
}
