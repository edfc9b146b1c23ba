import GazetteMustache

/// A JSON value of spec data as a `MustacheValue`: numbers become the strings a view model
/// would make of them, integral ones without a fraction.
struct SpecValue: Decodable, Sendable {
    let value: MustacheValue

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .null
        } else if let flag = try? container.decode(Bool.self) {
            value = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            let isIntegral = number.rounded() == number && abs(number) < 1e15
            value = .string(isIntegral ? String(Int64(number)) : "\(number)")
        } else if let string = try? container.decode(String.self) {
            value = .string(string)
        } else if let list = try? container.decode([SpecValue].self) {
            value = .list(list.map(\.value))
        } else {
            value = .object(try container.decode([String: SpecValue].self).mapValues(\.value))
        }
    }
}
