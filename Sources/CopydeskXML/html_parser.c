// libxml2's HTML parser behind Copydesk's opaque facade. Only this file sees libxml2's headers.
#include "copydesk_xml.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

cd_html_document *cd_html_parse(const uint8_t *bytes, int32_t length, const char *encoding) {
    xmlInitParser();
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    htmlDocPtr doc = htmlReadMemory((const char *)bytes, length, NULL, encoding, options);
    return (cd_html_document *)doc;
}

void cd_html_free(cd_html_document *document) {
    if (document) xmlFreeDoc((xmlDocPtr)document);
}

const cd_html_node *cd_html_root(const cd_html_document *document) {
    return (const cd_html_node *)xmlDocGetRootElement((const xmlDoc *)document);
}

int32_t cd_html_node_kind(const cd_html_node *node) {
    return (int32_t)((const xmlNode *)node)->type;
}

const char *cd_html_node_name(const cd_html_node *node) {
    return (const char *)((const xmlNode *)node)->name;
}

const char *cd_html_node_content(const cd_html_node *node) {
    return (const char *)((const xmlNode *)node)->content;
}

const cd_html_node *cd_html_first_child(const cd_html_node *node) {
    return (const cd_html_node *)((const xmlNode *)node)->children;
}

const cd_html_node *cd_html_next_sibling(const cd_html_node *node) {
    return (const cd_html_node *)((const xmlNode *)node)->next;
}

const cd_html_attribute *cd_html_first_attribute(const cd_html_node *node) {
    const xmlNode *element = (const xmlNode *)node;
    return element->type == XML_ELEMENT_NODE ? (const cd_html_attribute *)element->properties : NULL;
}

const cd_html_attribute *cd_html_next_attribute(const cd_html_attribute *attribute) {
    return (const cd_html_attribute *)((const xmlAttr *)attribute)->next;
}

const char *cd_html_attribute_name(const cd_html_attribute *attribute) {
    return (const char *)((const xmlAttr *)attribute)->name;
}

char *cd_html_attribute_value(const cd_html_attribute *attribute) {
    const xmlAttr *attr = (const xmlAttr *)attribute;
    return (char *)xmlNodeListGetString(attr->doc, attr->children, 1);
}

const char *cd_html_attribute_text(const cd_html_attribute *attribute) {
    const xmlNode *child = ((const xmlAttr *)attribute)->children;
    if (child == NULL || child->next != NULL || child->type != XML_TEXT_NODE) return NULL;
    return (const char *)child->content;
}

void cd_html_free_string(char *string) {
    if (string) xmlFree(string);
}
