/** @module The browser script of /docs: renders each operation of /openapi.json with an « Essayer » form. */

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

  function renderResponse(output, status, text) {
    var pretty = text;
    try { pretty = JSON.stringify(JSON.parse(text), null, 2); } catch (error) { /* not JSON */ }
    output.replaceChildren(el('strong', { text: 'HTTP ' + status }), el('pre', { text: pretty }));
  }

  function renderOperation(path, method, operation) {
    var id = method + '-' + path.replace(/[^a-z0-9]+/gi, '-');
    var parameters = (operation.parameters || []).map(resolve).filter(Boolean);
    var bodySchema = operation.requestBody && operation.requestBody.content && operation.requestBody.content['application/json'];
    var section = el('section', { class: 'operation', id: id, 'aria-labelledby': id + '-title' }, [
      el('h2', { id: id + '-title' }, [el('span', { class: 'method method-' + method, text: method.toUpperCase() }), el('code', { text: path })]),
      operation.summary ? el('p', { class: 'summary', text: operation.summary }) : null,
      operation.description ? el('p', { text: operation.description }) : null,
      operation.security && operation.security.length ? el('p', { class: 'lock', text: '🔒 Clé d’API requise si le serveur en définit.' }) : null,
    ]);
    var responses = el('ul', { class: 'responses' });
    Object.keys(operation.responses || {}).forEach(function (status) {
      responses.append(el('li', {}, [el('code', { text: status }), document.createTextNode(' — ' + (operation.responses[status].description || ''))]));
    });
    section.append(el('h3', { text: 'Réponses' }), responses);

    var form = el('form', { class: 'try', novalidate: '' });
    var inputs = parameters.map(function (parameter) {
      var inputId = id + '-' + parameter.in + '-' + parameter.name;
      var example = exampleOf(parameter.schema, 0);
      var input = el('input', { id: inputId, name: parameter.name, value: parameter.required && example != null ? String(example) : '' });
      form.append(el('label', { for: inputId, text: parameter.name + ' (' + parameter.in + (parameter.required ? ', obligatoire' : '') + ')' }), input);
      return { parameter: parameter, input: input };
    });
    var body = null;
    if (bodySchema) {
      body = el('textarea', { id: id + '-body', rows: '10', spellcheck: 'false' });
      body.value = JSON.stringify(exampleOf(bodySchema.schema, 0), null, 2);
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

  fetch('/openapi.json')
    .then(function (response) { return response.json(); })
    .then(function (document_) {
      spec = document_;
      document.getElementById('title').textContent = spec.info.title;
      document.getElementById('description').textContent = spec.info.description || '';
      var root = document.getElementById('operations');
      Object.keys(spec.paths || {}).sort().forEach(function (path) {
        METHODS.forEach(function (method) {
          if (spec.paths[path][method]) root.append(renderOperation(path, method, spec.paths[path][method]));
        });
      });
      document.getElementById('status').textContent = root.children.length + ' opérations documentées.';
    })
    .catch(function () {
      document.getElementById('status').textContent = 'Impossible de charger /openapi.json.';
    });
})();
`;
