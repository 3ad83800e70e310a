// Swagger UI for /docs, started from a file because the page's CSP allows no inline script.
window.SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
