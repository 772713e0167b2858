/// The boundaries of Indonesia's 514 kabupaten/kota and 38 provinces, for drawing maps with no
/// map library and nothing fetched: simplified outlines in WGS84 longitude and latitude.
///
/// From `cahyadsn/wilayah_boundaries` (MIT, © 2024 Cahya DSN; the licence is
/// `LICENSE-wilayah_boundaries.txt` beside this file and ships with every copy), derived from
/// Badan Informasi Geospasial data. `attribution` is the line to print under a map.
public struct MapGeometry: Sendable {
  /// One region or province: its code, a visual centre, and its rings (the largest part
  /// first; holes such as an enclave are rings too, drawn with the even-odd rule).
  public struct Shape: Sendable {
    public var code: String
    public var centroid: (longitude: Double, latitude: Double)
    public var rings: [[(longitude: Double, latitude: Double)]]
  }

  public var regencies: [Shape]
  public var provinces: [Shape]
  /// "Boundaries: cahyadsn/wilayah_boundaries (MIT, (c) Cahya DSN), derived from …".
  public var attribution: String
  public var source: String
  public var licence: String

  /// The shipped geometry, read once.
  public static let shipped: MapGeometry = {
    // The text is generated from the reference files and checked by a test, so it parses.
    let value = (try? JSONParser().parse(Array(json.utf8))) ?? .null
    func shapes(_ key: String) -> [Shape] {
      (value[key]?.arrayValue ?? []).compactMap { item in
        guard let code = item["code"]?.stringValue, let centre = item["centroid"]?.arrayValue, centre.count == 2,
          let polygons = item["polygons"]?.arrayValue
        else { return nil }
        func point(_ pair: JSONValue) -> (longitude: Double, latitude: Double)? {
          guard let values = pair.arrayValue, values.count == 2, let x = values[0].doubleValue, let y = values[1].doubleValue
          else { return nil }
          return (x, y)
        }
        return Shape(
          code: code, centroid: point(.array(centre)) ?? (0, 0),
          rings: polygons.map { ring in (ring.arrayValue ?? []).compactMap(point) })
      }
    }
    return MapGeometry(
      regencies: shapes("regencies"), provinces: shapes("provinces"), attribution: value["attribution"]?.stringValue ?? "",
      source: value["source"]?.stringValue ?? "", licence: value["licence"]?.stringValue ?? "")
  }()
}
