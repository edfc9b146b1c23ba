import GazetteMustache

extension MustacheLibrary {
    /// A library of templates given as source text by name.
    init(templates: [String: String]) throws {
        self.init()
        for (name, text) in templates {
            register(try MustacheTemplate(text), named: name)
        }
    }
}
