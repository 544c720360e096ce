// Copydesk's opaque C facade over libxml2's HTML parser.
//
// No libxml2 header is included here: Debian's libxml2 headers include ICU's, which clash with
// Foundation's private ICU in Swift. Nodes are opaque handles into a parsed document, valid
// until cd_html_free.
#ifndef COPYDESK_XML_H
#define COPYDESK_XML_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A parsed HTML document.
typedef struct cd_html_document cd_html_document;
/// One node of a parsed document (an element, text, or something else).
typedef struct cd_html_node cd_html_node;
/// One attribute of an element.
typedef struct cd_html_attribute cd_html_attribute;

/// Node kinds (the libxml2 values).
enum { CD_HTML_ELEMENT = 1, CD_HTML_TEXT = 3, CD_HTML_CDATA = 4 };

/// Parses `length` bytes of HTML in `encoding` (e.g. "UTF-8"), recovering from errors, never
/// touching the network, ignoring the page's own encoding declarations, allowing deep trees.
/// NULL when libxml2 returns no document.
cd_html_document *cd_html_parse(const uint8_t *bytes, int32_t length, const char *encoding);

/// Frees the document and all its nodes.
void cd_html_free(cd_html_document *document);

/// The root element (usually <html>), or NULL.
const cd_html_node *cd_html_root(const cd_html_document *document);

/// The node's kind (CD_HTML_ELEMENT, CD_HTML_TEXT, CD_HTML_CDATA or another libxml2 value).
int32_t cd_html_node_kind(const cd_html_node *node);

/// An element's tag name (UTF-8), or NULL.
const char *cd_html_node_name(const cd_html_node *node);

/// A text or CDATA node's content (UTF-8), or NULL.
const char *cd_html_node_content(const cd_html_node *node);

/// The first child, or NULL.
const cd_html_node *cd_html_first_child(const cd_html_node *node);

/// The next sibling, or NULL.
const cd_html_node *cd_html_next_sibling(const cd_html_node *node);

/// An element's first attribute, or NULL.
const cd_html_attribute *cd_html_first_attribute(const cd_html_node *node);

/// The next attribute, or NULL.
const cd_html_attribute *cd_html_next_attribute(const cd_html_attribute *attribute);

/// The attribute's name (UTF-8), or NULL.
const char *cd_html_attribute_name(const cd_html_attribute *attribute);

/// The attribute's text value as a new UTF-8 string; free it with cd_html_free_string. NULL when empty.
char *cd_html_attribute_value(const cd_html_attribute *attribute);

/// The attribute's text value when it is one text node (most attributes), borrowed from the
/// document (valid until cd_html_free); NULL otherwise, when cd_html_attribute_value builds it.
const char *cd_html_attribute_text(const cd_html_attribute *attribute);

/// Frees a string returned by this facade.
void cd_html_free_string(char *string);

#ifdef __cplusplus
}
#endif

#endif
