/** @module The browser script of /docs: a table of contents, then each operation of /openapi.json with its field reference and an « Essayer » form. */

// why: plain ES2020 served as a same-origin file, so the page runs under a CSP without 'unsafe-inline'.
export const DOCS_SCRIPT = String.raw`'use strict';
(function () {
  var METHODS = ['get', 'post', 'put', 'patch', 'delete'];
  var spec;

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === 'text') node.textContent = attributes[name];
      else node.setAttribute(name, attributes[name]);
    });
    return add(node, children);
  }

  /** Appends the children that exist (append() would write null as the text "null"). */
  function add(node, children) {
    (children || []).forEach(function (child) { if (child) node.append(child); });
    return node;
  }

  function lookup(reference) {
    return reference.replace(/^#\//, '').split('/').reduce(function (node, key) {
      return node == null ? undefined : node[key.replace(/~1/g, '/').replace(/~0/g, '~')];
    }, spec);
  }

  function resolve(schema, depth) {
    depth = depth || 0;
    while (schema && schema.$ref && depth < 20) { schema = lookup(schema.$ref); depth++; }
    return schema;
  }

  /** The schema without its null alternative (optional fields are "X or null"). */
  function unwrap(schema) {
    schema = resolve(schema);
    var variants = schema && (schema.anyOf || schema.oneOf);
    if (!variants) return schema;
    var concrete = variants.map(function (variant) { return resolve(variant); }).filter(function (variant) { return variant && variant.type !== 'null'; });
    return concrete.length === 1 ? Object.assign({}, concrete[0], { description: schema.description || concrete[0].description }) : schema;
  }

  function exampleOf(schema, depth) {
    schema = resolve(schema);
    if (!schema || depth > 8) return null;
    if (schema.example !== undefined) return schema.example;
    if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
    if (schema.default !== undefined) return schema.default;
    if (schema.const !== undefined) return schema.const;
    if (Array.isArray(schema.enum)) return schema.enum[0];
    var variants = schema.anyOf || schema.oneOf;
    if (variants) {
      var chosen = variants.find(function (variant) { return (resolve(variant) || {}).type !== 'null'; });
      return exampleOf(chosen || variants[0], depth + 1);
    }
    if (schema.allOf) return Object.assign.apply(null, [{}].concat(schema.allOf.map(function (part) { return exampleOf(part, depth + 1); })));
    var type = Array.isArray(schema.type) ? schema.type.find(function (name) { return name !== 'null'; }) : schema.type;
    if (type === 'object' || schema.properties) {
      var result = {};
      var required = schema.required || [];
      Object.keys(schema.properties || {}).forEach(function (key) {
        if (required.indexOf(key) >= 0) result[key] = exampleOf(schema.properties[key], depth + 1);
      });
      return result;
    }
    if (type === 'array') { var item = exampleOf(schema.items, depth + 1); return item == null ? [] : [item]; }
    if (type === 'integer' || type === 'number') return schema.minimum != null ? schema.minimum : 1;
    if (type === 'boolean') return true;
    if (type === 'string') return schema.format === 'date' ? new Date().toISOString().slice(0, 10) : 'exemple';
    return null;
  }

  /** Text with backticks as <code>. */
  function inline(text) {
    var fragment = document.createDocumentFragment();
    String(text).split('\u0060').forEach(function (part, index) {
      fragment.append(index % 2 ? el('code', { text: part }) : document.createTextNode(part));
    });
    return fragment;
  }

  /** A description: lines starting with "- " become a list, the others paragraphs. */
  function prose(text) {
    var fragment = document.createDocumentFragment();
    var list = null;
    String(text || '').split('\n').forEach(function (line) {
      if (!line.trim()) { list = null; return; }
      if (/^- /.test(line)) {
        if (!list) { list = el('ul'); fragment.append(list); }
        list.append(el('li', {}, [inline(line.slice(2))]));
      } else { list = null; fragment.append(el('p', {}, [inline(line)])); }
    });
    return fragment;
  }

  function typeOf(schema) {
    if (!schema) return '';
    if (Array.isArray(schema.enum)) return 'énumération';
    var type = Array.isArray(schema.type) ? schema.type.filter(function (name) { return name !== 'null'; }).join(' | ') : schema.type;
    if (type === 'array') { var item = unwrap(schema.items); return 'tableau de ' + (typeOf(item) || 'valeurs'); }
    if (!type && schema.properties) return 'objet';
    if (!type && (schema.anyOf || schema.oneOf)) return (schema.anyOf || schema.oneOf).map(function (variant) { return typeOf(resolve(variant)); }).filter(Boolean).join(' | ');
    return (type || 'valeur') + (schema.format ? ' (' + schema.format + ')' : '');
  }

  function constraints(schema) {
    var notes = [];
    if (Array.isArray(schema.enum) && String(schema.description || '').indexOf(String(schema.enum[0])) < 0) notes.push('Valeurs : ' + schema.enum.join(', ') + '.');
    if (schema.minimum != null && schema.minimum > -1e15) notes.push('Minimum : ' + schema.minimum + '.');
    if (schema.exclusiveMinimum != null) notes.push('Supérieur à ' + schema.exclusiveMinimum + '.');
    if (schema.maximum != null && schema.maximum < 1e15) notes.push('Maximum : ' + schema.maximum + '.');
    if (schema.maxLength != null) notes.push('Au plus ' + schema.maxLength + ' caractères.');
    if (schema.maxItems != null) notes.push('Au plus ' + schema.maxItems + ' éléments.');
    if (schema.default !== undefined) notes.push('Par défaut : ' + JSON.stringify(schema.default) + '.');
    return notes.join(' ');
  }

  /** Flattens a schema into rows { name, type, required, description }, nested fields as a.b and a[].b. */
  function fieldRows(schema, prefix, rows, depth) {
    schema = unwrap(schema);
    if (!schema || depth > 4) return rows;
    if (schema.allOf) { schema.allOf.forEach(function (part) { fieldRows(part, prefix, rows, depth + 1); }); return rows; }
    var required = schema.required || [];
    Object.keys(schema.properties || {}).forEach(function (key) {
      var child = unwrap(schema.properties[key]) || {};
      var name = prefix + key;
      rows.push({ name: name, type: typeOf(child), required: required.indexOf(key) >= 0, description: [child.description, constraints(child)].filter(Boolean).join(' ') });
      if (child.properties) fieldRows(child, name + '.', rows, depth + 1);
      var items = child.type === 'array' ? unwrap(child.items) : null;
      if (items && items.properties) fieldRows(items, name + '[].', rows, depth + 1);
    });
    return rows;
  }

  function fieldTable(caption, rows) {
    if (!rows.length) return null;
    return el('table', { class: 'fields' }, [
      el('caption', { text: caption }),
      el('thead', {}, [el('tr', {}, [el('th', { scope: 'col', text: 'Champ' }), el('th', { scope: 'col', text: 'Type' }), el('th', { scope: 'col', text: 'Description' })])]),
      el('tbody', {}, rows.map(function (row) {
        return el('tr', {}, [
          el('td', {}, [el('code', { text: row.name }), row.required ? el('span', { class: 'required', text: ' obligatoire' }) : null]),
          el('td', { text: row.type }),
          el('td', { text: row.description }),
        ]);
      })),
    ]);
  }

  function renderResponse(output, status, text) {
    var pretty = text;
    try { pretty = JSON.stringify(JSON.parse(text), null, 2); } catch (error) { /* not JSON (an event stream) */ }
    // why: a scrollable box must be reachable by keyboard (axe scrollable-region-focusable).
    output.replaceChildren(el('p', {}, [el('strong', { text: 'HTTP ' + status })]), el('pre', { tabindex: '0', text: pretty }));
  }

  function operationId(path, method) { return method + '-' + path.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, ''); }

  function renderOperation(path, method, operation) {
    var id = operationId(path, method);
    var parameters = (operation.parameters || []).map(resolve).filter(Boolean);
    var bodyContent = operation.requestBody && operation.requestBody.content && operation.requestBody.content['application/json'];
    var success = operation.responses && (operation.responses['200'] || operation.responses['201']);
    var successContent = success && success.content && success.content['application/json'];
    var section = el('section', { class: 'operation', id: id, 'aria-labelledby': id + '-title' }, [
      el('h2', { id: id + '-title' }, [el('span', { class: 'method method-' + method, text: method.toUpperCase() }), el('code', { text: path })]),
      operation.summary ? el('p', { class: 'summary', text: operation.summary }) : null,
      operation.description ? prose(operation.description) : null,
      operation.security && operation.security.length ? el('p', { class: 'lock', text: 'Clé d’API requise si le serveur en définit.' }) : null,
    ]);
    var parameterRows = parameters.map(function (parameter) {
      var schema = unwrap(parameter.schema) || {};
      return { name: parameter.name, type: typeOf(schema) + ' (' + parameter.in + ')', required: Boolean(parameter.required), description: [parameter.description || schema.description, constraints(schema)].filter(Boolean).join(' ') };
    });
    add(section, [
      el('h3', { text: 'Champs de la requête' }),
      fieldTable('Paramètres', parameterRows),
      bodyContent ? fieldTable('Corps JSON', fieldRows(bodyContent.schema, '', [], 0)) : null,
      !parameterRows.length && !bodyContent ? el('p', { text: 'Aucun champ.' }) : null,
    ]);
    var responseRows = successContent ? fieldRows(successContent.schema, '', [], 0) : [];
    if (responseRows.length) {
      section.append(el('details', { class: 'response-fields' }, [el('summary', { text: 'Champs de la réponse' }), fieldTable('Réponse 200', responseRows)]));
    }
    var responses = el('ul', { class: 'responses' });
    Object.keys(operation.responses || {}).forEach(function (status) {
      responses.append(el('li', {}, [el('code', { text: status }), document.createTextNode(' — '), inline(operation.responses[status].description || '')]));
    });
    section.append(el('h3', { text: 'Réponses' }), responses);

    var form = el('form', { class: 'try', novalidate: '' });
    var inputs = parameters.map(function (parameter) {
      var inputId = id + '-' + parameter.in + '-' + parameter.name;
      var example = parameter.example !== undefined ? parameter.example : exampleOf(parameter.schema, 0);
      var input = el('input', { id: inputId, name: parameter.name, value: parameter.required && example != null ? String(example) : '' });
      form.append(el('label', { for: inputId, text: parameter.name + ' (' + parameter.in + (parameter.required ? ', obligatoire' : '') + ')' }), input);
      return { parameter: parameter, input: input };
    });
    var body = null;
    if (bodyContent) {
      body = el('textarea', { id: id + '-body', rows: '10', spellcheck: 'false' });
      body.value = JSON.stringify(bodyContent.example !== undefined ? bodyContent.example : exampleOf(bodyContent.schema, 0), null, 2);
      form.append(el('label', { for: id + '-body', text: 'Corps JSON' }), body);
    }
    var output = el('div', { class: 'output', 'aria-live': 'polite' });
    form.append(el('button', { type: 'submit', text: 'Essayer' }), output);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var url = path;
      var query = new URLSearchParams();
      inputs.forEach(function (entry) {
        var value = entry.input.value;
        if (entry.parameter.in === 'path') url = url.replace('{' + entry.parameter.name + '}', encodeURIComponent(value));
        else if (entry.parameter.in === 'query' && value !== '') query.set(entry.parameter.name, value);
      });
      if (String(query)) url += '?' + query;
      var headers = {};
      var key = document.getElementById('api-key').value.trim();
      if (key) headers.authorization = 'Bearer ' + key;
      if (body) headers['content-type'] = 'application/json';
      output.replaceChildren(el('p', { text: 'Envoi…' }));
      fetch(url, { method: method.toUpperCase(), headers: headers, body: body ? body.value : undefined })
        .then(function (response) { return response.text().then(function (text) { renderResponse(output, response.status, text); }); })
        .catch(function () { output.replaceChildren(el('p', { text: 'La requête n’a pas pu être envoyée.' })); });
    });
    section.append(el('h3', { text: 'Essayer' }), form);
    return section;
  }

  function renderContents(operations) {
    var groups = {};
    var order = [];
    operations.forEach(function (entry) {
      var tag = (entry.operation.tags && entry.operation.tags[0]) || 'Autres';
      if (!groups[tag]) { groups[tag] = []; order.push(tag); }
      groups[tag].push(entry);
    });
    var list = el('ul');
    order.forEach(function (tag) {
      list.append(el('li', {}, [
        el('span', { class: 'toc-tag', text: tag }),
        el('ul', {}, groups[tag].map(function (entry) {
          return el('li', {}, [el('a', { href: '#' + operationId(entry.path, entry.method) }, [
            el('span', { class: 'method method-' + entry.method, text: entry.method.toUpperCase() }),
            el('code', { text: entry.path }),
            entry.operation.summary ? el('span', { class: 'toc-summary', text: entry.operation.summary }) : null,
          ])]);
        })),
      ]));
    });
    document.getElementById('toc').append(list);
  }

  fetch('/openapi.json')
    .then(function (response) { return response.json(); })
    .then(function (document_) {
      spec = document_;
      document.getElementById('title').textContent = spec.info.title;
      document.getElementById('description').replaceChildren(inline(spec.info.description || ''));
      var operations = [];
      Object.keys(spec.paths || {}).sort().forEach(function (path) {
        METHODS.forEach(function (method) {
          if (spec.paths[path][method]) operations.push({ path: path, method: method, operation: spec.paths[path][method] });
        });
      });
      renderContents(operations);
      var root = document.getElementById('operations');
      operations.forEach(function (entry) { root.append(renderOperation(entry.path, entry.method, entry.operation)); });
      document.getElementById('status').textContent = operations.length + ' opérations documentées.';
      if (location.hash) { var target = document.getElementById(location.hash.slice(1)); if (target) target.scrollIntoView(); }
    })
    .catch(function () {
      document.getElementById('status').textContent = 'Impossible de charger /openapi.json.';
    });
})();
`;
