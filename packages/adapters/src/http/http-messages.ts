import { defineMessages } from '@honoraria/core';

/**
 * The messages of the HTTP adapter's own issues (a request that is not well-formed JSON, an
 * unknown parameter…), in French and English. They never quote what the caller sent.
 */
export const httpMessages = defineMessages(
  'http',
  {
    invalid_json: 'Le corps de la requête n’est pas du JSON valide.',
    invalid_utf8: 'Le corps de la requête doit être encodé en UTF-8.',
    unreadable_body: 'Le corps de la requête n’a pas pu être lu jusqu’au bout.',
    expected_object: 'Le corps de la requête doit être un objet JSON.',
    too_deep: 'Le corps de la requête est imbriqué trop profondément (au plus {max} niveaux).',
    invalid_envelope: 'L’enveloppe doit contenir « input » (un objet) et « binary » (une liste de chemins).',
    invalid_binary: 'Un chemin binaire ne mène pas à une chaîne base64 valide.',
    invalid_input_parameter: 'Le paramètre « input » doit contenir un objet JSON.',
    unknown_parameter: 'Paramètre inconnu : {name}. Seul « input » est accepté.',
    idempotency_key_mismatch: 'L’en-tête Idempotency-Key ne correspond pas au champ idempotencyKey du corps.',
    invalid_idempotency_key: 'L’en-tête Idempotency-Key doit contenir de 1 à 200 caractères imprimables.',
    unknown_operation: 'Opération inconnue : {name}.',
    wrong_route: 'L’opération {name} est une {kind} : utilisez {path}.',
    not_downloadable: 'Le résultat de {name} n’est pas un document à télécharger.',
    kind_command: 'commande',
    kind_query: 'requête',
  },
  {
    invalid_json: 'The request body is not valid JSON.',
    invalid_utf8: 'The request body must be encoded in UTF-8.',
    unreadable_body: 'The request body could not be read to the end.',
    expected_object: 'The request body must be a JSON object.',
    too_deep: 'The request body is nested too deeply (at most {max} levels).',
    invalid_envelope: 'The envelope must hold "input" (an object) and "binary" (a list of paths).',
    invalid_binary: 'A binary path does not lead to a valid base64 string.',
    invalid_input_parameter: 'The "input" parameter must hold a JSON object.',
    unknown_parameter: 'Unknown parameter: {name}. Only "input" is accepted.',
    idempotency_key_mismatch: 'The Idempotency-Key header does not match the body’s idempotencyKey field.',
    invalid_idempotency_key: 'The Idempotency-Key header must hold 1 to 200 printable characters.',
    unknown_operation: 'Unknown operation: {name}.',
    wrong_route: 'The operation {name} is a {kind}: use {path}.',
    not_downloadable: 'The result of {name} is not a document to download.',
    kind_command: 'command',
    kind_query: 'query',
  },
);
