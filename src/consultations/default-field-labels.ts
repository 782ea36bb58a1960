import type {FieldName} from '../schema/field-name.js'

/**
 * The labels of form fields read by default, by the canonical name of the field they give, in
 * English, Spanish and French (matched as folded words: `País` and `Pais` alike): those of the
 * 2013 questionnaire's export, of the NETmundial web records, of contact details and of e-mail
 * headers. A profile's `fieldLabels` replace them field by field.
 *
 * @example
 *   defaultFieldLabels.country // => ['Country', 'País', 'Pays', 'Country of residence', 'Location']
 */
export const defaultFieldLabels: Readonly<Record<FieldName, readonly string[]>> = {
  timestamp: ['Timestamp', 'Marca temporal', 'Horodatage', 'Submitted on'],
  organization: [
    'Organization',
    'Organisation',
    'Organization name',
    'Organisation name',
    'Name of organization',
    'Name of organisation',
    'Name of the organization',
    'Name of the organisation',
    'Organización',
    'Nombre de la organización',
    'Nom de l’organisation',
    'Affiliation',
    'Entity',
    'Entidad',
    'Entité',
    'Institution',
    'Institución'
  ],
  name: [
    'Name',
    'Full name',
    'Contact name',
    'Contact person',
    'Entitled by',
    'Nombre',
    'Nombre completo',
    'Nom',
    'Nom complet',
    'Author',
    'Autor',
    'Auteur'
  ],
  country: ['Country', 'País', 'Pays', 'Country of residence', 'Location'],
  region: ['Region', 'Región', 'Région'],
  date: ['Date', 'Fecha'],
  group: [
    'Stakeholder group',
    'Stakeholder category',
    'Stakeholder type',
    'Sector',
    'Secteur',
    'Grupo de partes interesadas',
    'Categoría',
    'Catégorie',
    'Groupe de parties prenantes'
  ],
  email: ['E-mail', 'Email', 'Correo', 'Correo electrónico', 'Courriel', 'Adresse électronique'],
  topic: ['Area', 'Área', 'Topic', 'Theme', 'Tema', 'Thème'],
  keywords: ['Keywords', 'Palabras clave', 'Mots-clés'],
  from: ['From', 'De'],
  subject: ['Subject', 'Asunto', 'Objet']
}
