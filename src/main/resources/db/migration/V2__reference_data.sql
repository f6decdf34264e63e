-- =====================================================================================
-- Digitaldialog Desk: reference data shipped with the application.
--
-- Every row has a fixed UUID written out here, identical in every installation, so that
-- two installations can exchange data that points to these rows. All rows originate from
-- the SYS installation, created/updated by 'system' at the date of the joint cabinet
-- session that started the Digitaldialog (12 March 2019). Users may edit them later
-- (version, updated_* change); they must not be re-inserted or renumbered.
--
-- UUID scheme (readable on purpose):
--   00000000-0000-0000-0000-000000000000  the SYS installation
--   10000000-0000-0000-0000-0000000000LL  Land; LL = official Länderschlüssel (AGS/ARS):
--                                         01 SH, 02 HH, 03 NI, 04 HB, 05 NW, 06 HE, 07 RP,
--                                         08 BW, 09 BY, 10 SL, 11 BE, 12 BB, 13 MV, 14 SN,
--                                         15 ST, 16 TH; 00 = Bund
--   20000000-0000-0000-0000-00000000000N  theme area, N = 1..8 in the article's order
--   30000000-0000-0000-00LL-0000000000NN  ministry; LL = Land key as above, NN = running no.
--   40000000-0000-0000-0000-00000000000N  meeting format
-- =====================================================================================

INSERT INTO installation (id, code, is_local, created_at) VALUES
    ('00000000-0000-0000-0000-000000000000', 'SYS', FALSE, TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00');


-- -------------------------------------------------------------------------------------
-- Länder and Bund. Partners of the Digitaldialog first (BY, NW), then the other Länder
-- alphabetically by German name, then the Bund. sort_order leaves gaps for later edits.
-- -------------------------------------------------------------------------------------
INSERT INTO land (id, origin_installation, created_at, created_by, updated_at, updated_by, version,
                  code, name_de, name_en, is_federal, is_partner, sort_order) VALUES
    ('10000000-0000-0000-0000-000000000009', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE-BY', 'Bayern', 'Bavaria', FALSE, TRUE, 10),
    ('10000000-0000-0000-0000-000000000005', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE-NW', 'Nordrhein-Westfalen', 'North Rhine-Westphalia', FALSE, TRUE, 20),
    ('10000000-0000-0000-0000-000000000008', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE-BW', 'Baden-Württemberg', 'Baden-Württemberg', FALSE, FALSE, 30),
    ('10000000-0000-0000-0000-000000000011', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE-BE', 'Berlin', 'Berlin', FALSE, FALSE, 40),
    ('10000000-0000-0000-0000-000000000012', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE-BB', 'Brandenburg', 'Brandenburg', FALSE, FALSE, 50),
    ('10000000-0000-0000-0000-000000000004', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE-HB', 'Bremen', 'Bremen', FALSE, FALSE, 60),
    ('10000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE-HH', 'Hamburg', 'Hamburg', FALSE, FALSE, 70),
    ('10000000-0000-0000-0000-000000000006', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE-HE', 'Hessen', 'Hesse', FALSE, FALSE, 80),
    ('10000000-0000-0000-0000-000000000013', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE-MV', 'Mecklenburg-Vorpommern', 'Mecklenburg-Western Pomerania', FALSE, FALSE, 90),
    ('10000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE-NI', 'Niedersachsen', 'Lower Saxony', FALSE, FALSE, 100),
    ('10000000-0000-0000-0000-000000000007', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE-RP', 'Rheinland-Pfalz', 'Rhineland-Palatinate', FALSE, FALSE, 110),
    ('10000000-0000-0000-0000-000000000010', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE-SL', 'Saarland', 'Saarland', FALSE, FALSE, 120),
    ('10000000-0000-0000-0000-000000000014', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE-SN', 'Sachsen', 'Saxony', FALSE, FALSE, 130),
    ('10000000-0000-0000-0000-000000000015', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE-ST', 'Sachsen-Anhalt', 'Saxony-Anhalt', FALSE, FALSE, 140),
    ('10000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE-SH', 'Schleswig-Holstein', 'Schleswig-Holstein', FALSE, FALSE, 150),
    ('10000000-0000-0000-0000-000000000016', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE-TH', 'Thüringen', 'Thuringia', FALSE, FALSE, 160),
    ('10000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'DE', 'Bund', 'Federal Government', TRUE, FALSE, 170);


-- -------------------------------------------------------------------------------------
-- The eight theme areas, in the order of the 2019 article. Colours have at least 4.5:1
-- contrast against white text (WCAG AA); icons are Ikonli Material Design 2 literals
-- (ikonli-materialdesign2-pack 12.4.0).
-- -------------------------------------------------------------------------------------
INSERT INTO theme_area (id, origin_installation, created_at, created_by, updated_at, updated_by, version,
                        code, name_de, name_en, description_de, description_en, color, icon, sort_order) VALUES
    ('20000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'KI', 'Künstliche Intelligenz und Supercomputing', 'Artificial Intelligence and Supercomputing',
        'Forschung, Transfer und Anwendung künstlicher Intelligenz in Wirtschaft und Verwaltung sowie der Ausbau von Höchstleistungsrechenkapazitäten. '
        || 'Dazu gehören die Abstimmung der KI-Strategien beider Länder, gemeinsame Positionen zu Rechtsrahmen und Ethik sowie die Zusammenarbeit der Höchstleistungsrechenzentren '
        || '(Leibniz-Rechenzentrum in Garching, Jülich Supercomputing Centre).',
        'Research, transfer and use of artificial intelligence in business and public administration, and the expansion of high-performance computing capacity. '
        || 'Covers aligning the AI strategies of both Länder, joint positions on the legal framework and ethics, and cooperation between the national supercomputing centres '
        || '(Leibniz Supercomputing Centre in Garching, Jülich Supercomputing Centre).',
        '#6A1B9A', 'mdi2b-brain', 10),
    ('20000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'INFRA', 'Digitale Infrastruktur und Wirtschaft', 'Digital Infrastructure and Economy',
        'Flächendeckender Ausbau von Glasfaser- und Mobilfunknetzen (5G) sowie die digitale Transformation von Mittelstand, Industrie und Start-ups. '
        || 'Im Mittelpunkt stehen Förderprogramme, gemeinsame Initiativen gegenüber dem Bund (etwa zu Förderrichtlinien und Frequenzvergabe) '
        || 'und der Austausch zu Industrie 4.0 und Datenwirtschaft.',
        'Nationwide roll-out of fibre and mobile networks (5G) and the digital transformation of small and medium-sized enterprises, industry and start-ups. '
        || 'The focus is on funding programmes, joint initiatives towards the federal government (for example on funding guidelines and spectrum allocation) '
        || 'and the exchange on Industry 4.0 and the data economy.',
        '#1565C0', 'mdi2s-server-network', 20),
    ('20000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'EGOV', 'E-Government', 'E-Government',
        'Digitalisierung von Verwaltungsleistungen und Verwaltungsabläufen, insbesondere die Umsetzung des Onlinezugangsgesetzes (OZG) im Portalverbund von Bund und Ländern. '
        || 'Dazu gehören Nutzerkonten, E-Akte und Registermodernisierung, die Abstimmung im IT-Planungsrat sowie die Nachnutzung von Lösungen zwischen den Ländern.',
        'Digitalisation of administrative services and procedures, in particular implementing the Online Access Act (OZG) in the joint federal and state portal network. '
        || 'Covers user accounts, electronic files and register modernisation, coordination in the IT Planning Council, and the re-use of solutions between the Länder.',
        '#00695C', 'mdi2b-bank-outline', 30),
    ('20000000-0000-0000-0000-000000000004', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'ARBEIT', 'Digitale Arbeitswelt und digitale Arbeitsmodelle', 'Digital World of Work and Digital Working Models',
        'Auswirkungen der Digitalisierung auf Beschäftigung, Qualifizierung und Arbeitsorganisation. '
        || 'Themen sind Weiterbildung, mobiles Arbeiten, Plattformarbeit und der arbeits- und sozialrechtliche Rahmen, '
        || 'einschließlich moderner Arbeitsmodelle im öffentlichen Dienst.',
        'Effects of digitalisation on employment, skills and the organisation of work. '
        || 'Topics include continuing training, mobile working, platform work and the framework of labour and social law, '
        || 'including modern working models in the public service.',
        '#6D4C41', 'mdi2b-briefcase-outline', 40),
    ('20000000-0000-0000-0000-000000000005', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'BILDUNG', 'Bildung', 'Education',
        'Digitale Bildung in Schule, beruflicher Bildung und Hochschule: Ausstattung und Infrastruktur, Medienkompetenz, Fortbildung der Lehrkräfte und digitale Lernangebote. '
        || 'Dazu gehört die Abstimmung zur Umsetzung des DigitalPakts Schule und zu gemeinsamen Positionen in der Kultusministerkonferenz.',
        'Digital education in schools, vocational training and higher education: equipment and infrastructure, media literacy, teacher training and digital learning resources. '
        || 'Includes coordination on implementing the Digital Pact for Schools (DigitalPakt Schule) and on joint positions in the Standing Conference of Education Ministers (KMK).',
        '#B45309', 'mdi2s-school-outline', 50),
    ('20000000-0000-0000-0000-000000000006', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'EHEALTH', 'E-Health', 'E-Health',
        'Digitalisierung im Gesundheitswesen und in der Pflege: Telematikinfrastruktur, elektronische Patientenakte, Telemedizin und digitale Anwendungen in Versorgung und Pflege. '
        || 'Ziel ist, Modellprojekte auszutauschen und die Positionen der Länder zur Gesetzgebung des Bundes abzustimmen.',
        'Digitalisation of health and long-term care: the telematics infrastructure, electronic patient records, telemedicine and digital applications in care. '
        || 'The aim is to share pilot projects and to coordinate the positions of the Länder on federal legislation.',
        '#AD1457', 'mdi2h-hospital-box-outline', 60),
    ('20000000-0000-0000-0000-000000000007', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'CYBER', 'Cyber-Sicherheit', 'Cyber Security',
        'Schutz von Verwaltung, Wirtschaft, kritischen Infrastrukturen sowie Bürgerinnen und Bürgern vor Cyberangriffen. '
        || 'Dazu gehören die Informationssicherheit in der Landesverwaltung, die Zusammenarbeit der Sicherheitsbehörden und die Verfolgung von Cyberkriminalität '
        || 'sowie Angebote für Unternehmen und Kommunen, auch im Austausch mit dem BSI.',
        'Protecting public administration, business, critical infrastructure and citizens against cyber attacks. '
        || 'Covers information security in the state administrations, cooperation between security authorities and the prosecution of cybercrime, '
        || 'and support for businesses and municipalities, also in exchange with the Federal Office for Information Security (BSI).',
        '#37474F', 'mdi2s-shield-lock-outline', 70),
    ('20000000-0000-0000-0000-000000000008', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'MOBIL', 'Mobilität', 'Mobility',
        'Vernetzte, automatisierte und emissionsarme Mobilität: digitale Verkehrssteuerung, Testfelder für automatisiertes Fahren, Mobilitätsdaten '
        || 'und digitale Angebote im öffentlichen Verkehr. Die Länder stimmen hier Pilotvorhaben und gemeinsame Positionen gegenüber Bund und EU ab.',
        'Connected, automated and low-emission mobility: digital traffic management, test beds for automated driving, mobility data '
        || 'and digital services in public transport. Here the Länder coordinate pilot projects and joint positions towards the federal government and the EU.',
        '#4D7C0F', 'mdi2c-car-connected', 80);


-- -------------------------------------------------------------------------------------
-- Ministries as of March 2019.
--   Bayern: cabinet Söder II, sworn in on 12 November 2018.
--   Nordrhein-Westfalen: cabinet Laschet, sworn in on 30 June 2017.
--   Bund: cabinet Merkel IV, sworn in on 14 March 2018 (also used for the BSI and the
--   IT-Planungsrat: valid_from records since when this cut of the list holds, not the
--   founding date of the body).
-- Cabinet changes are never made by renaming these rows: a later migration or a user edit
-- sets valid_to and creates a successor row (successor_id), so that papers of 2019 keep
-- the 2019 names. sort_order follows the cabinet's list of ministries.
-- -------------------------------------------------------------------------------------

-- Bayern (Land key 09)
INSERT INTO ministry (id, origin_installation, created_at, created_by, updated_at, updated_by, version,
                      land_id, abbreviation, name_de, name_en, kind, valid_from, valid_to, successor_id, sort_order) VALUES
    ('30000000-0000-0000-0009-000000000001', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000009', 'StK', 'Bayerische Staatskanzlei',
        'Bavarian State Chancellery', 'STAATSKANZLEI', DATE '2018-11-12', NULL, NULL, 10),
    ('30000000-0000-0000-0009-000000000002', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000009', 'StMI', 'Bayerisches Staatsministerium des Innern, für Sport und Integration',
        'Bavarian State Ministry of the Interior, for Sport and Integration', 'MINISTERIUM', DATE '2018-11-12', NULL, NULL, 20),
    ('30000000-0000-0000-0009-000000000003', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000009', 'StMB', 'Bayerisches Staatsministerium für Wohnen, Bau und Verkehr',
        'Bavarian State Ministry for Housing, Building and Transport', 'MINISTERIUM', DATE '2018-11-12', NULL, NULL, 30),
    ('30000000-0000-0000-0009-000000000004', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000009', 'StMJ', 'Bayerisches Staatsministerium der Justiz',
        'Bavarian State Ministry of Justice', 'MINISTERIUM', DATE '2018-11-12', NULL, NULL, 40),
    ('30000000-0000-0000-0009-000000000005', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000009', 'StMUK', 'Bayerisches Staatsministerium für Unterricht und Kultus',
        'Bavarian State Ministry for Education and Cultural Affairs', 'MINISTERIUM', DATE '2018-11-12', NULL, NULL, 50),
    ('30000000-0000-0000-0009-000000000006', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000009', 'StMWK', 'Bayerisches Staatsministerium für Wissenschaft und Kunst',
        'Bavarian State Ministry of Science and the Arts', 'MINISTERIUM', DATE '2018-11-12', NULL, NULL, 60),
    ('30000000-0000-0000-0009-000000000007', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000009', 'StMFH', 'Bayerisches Staatsministerium der Finanzen und für Heimat',
        'Bavarian State Ministry of Finance and for Regional Identity', 'MINISTERIUM', DATE '2018-11-12', NULL, NULL, 70),
    ('30000000-0000-0000-0009-000000000008', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000009', 'StMWi', 'Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie',
        'Bavarian State Ministry of Economic Affairs, Regional Development and Energy', 'MINISTERIUM', DATE '2018-11-12', NULL, NULL, 80),
    ('30000000-0000-0000-0009-000000000009', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000009', 'StMUV', 'Bayerisches Staatsministerium für Umwelt und Verbraucherschutz',
        'Bavarian State Ministry of the Environment and Consumer Protection', 'MINISTERIUM', DATE '2018-11-12', NULL, NULL, 90),
    ('30000000-0000-0000-0009-000000000010', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000009', 'StMELF', 'Bayerisches Staatsministerium für Ernährung, Landwirtschaft und Forsten',
        'Bavarian State Ministry of Food, Agriculture and Forestry', 'MINISTERIUM', DATE '2018-11-12', NULL, NULL, 100),
    ('30000000-0000-0000-0009-000000000011', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000009', 'StMAS', 'Bayerisches Staatsministerium für Familie, Arbeit und Soziales',
        'Bavarian State Ministry for Family, Labour and Social Affairs', 'MINISTERIUM', DATE '2018-11-12', NULL, NULL, 110),
    ('30000000-0000-0000-0009-000000000012', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000009', 'StMGP', 'Bayerisches Staatsministerium für Gesundheit und Pflege',
        'Bavarian State Ministry of Health and Care', 'MINISTERIUM', DATE '2018-11-12', NULL, NULL, 120),
    ('30000000-0000-0000-0009-000000000013', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000009', 'StMD', 'Bayerisches Staatsministerium für Digitales',
        'Bavarian State Ministry for Digital Affairs', 'MINISTERIUM', DATE '2018-11-12', NULL, NULL, 130);

-- Nordrhein-Westfalen (Land key 05)
INSERT INTO ministry (id, origin_installation, created_at, created_by, updated_at, updated_by, version,
                      land_id, abbreviation, name_de, name_en, kind, valid_from, valid_to, successor_id, sort_order) VALUES
    ('30000000-0000-0000-0005-000000000001', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000005', 'StK NRW', 'Staatskanzlei des Landes Nordrhein-Westfalen',
        'State Chancellery of North Rhine-Westphalia', 'STAATSKANZLEI', DATE '2017-06-30', NULL, NULL, 10),
    ('30000000-0000-0000-0005-000000000002', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000005', 'MKFFI', 'Ministerium für Kinder, Familie, Flüchtlinge und Integration des Landes Nordrhein-Westfalen',
        'Ministry of Children, Family, Refugees and Integration of the State of North Rhine-Westphalia', 'MINISTERIUM', DATE '2017-06-30', NULL, NULL, 20),
    ('30000000-0000-0000-0005-000000000003', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000005', 'FM', 'Ministerium der Finanzen des Landes Nordrhein-Westfalen',
        'Ministry of Finance of the State of North Rhine-Westphalia', 'MINISTERIUM', DATE '2017-06-30', NULL, NULL, 30),
    ('30000000-0000-0000-0005-000000000004', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000005', 'IM', 'Ministerium des Innern des Landes Nordrhein-Westfalen',
        'Ministry of the Interior of the State of North Rhine-Westphalia', 'MINISTERIUM', DATE '2017-06-30', NULL, NULL, 40),
    ('30000000-0000-0000-0005-000000000005', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000005', 'JM', 'Ministerium der Justiz des Landes Nordrhein-Westfalen',
        'Ministry of Justice of the State of North Rhine-Westphalia', 'MINISTERIUM', DATE '2017-06-30', NULL, NULL, 50),
    ('30000000-0000-0000-0005-000000000006', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000005', 'MWIDE', 'Ministerium für Wirtschaft, Innovation, Digitalisierung und Energie des Landes Nordrhein-Westfalen',
        'Ministry of Economic Affairs, Innovation, Digitalisation and Energy of the State of North Rhine-Westphalia', 'MINISTERIUM', DATE '2017-06-30', NULL, NULL, 60),
    ('30000000-0000-0000-0005-000000000007', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000005', 'MAGS', 'Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen',
        'Ministry of Labour, Health and Social Affairs of the State of North Rhine-Westphalia', 'MINISTERIUM', DATE '2017-06-30', NULL, NULL, 70),
    ('30000000-0000-0000-0005-000000000008', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000005', 'MSB', 'Ministerium für Schule und Bildung des Landes Nordrhein-Westfalen',
        'Ministry of Schools and Education of the State of North Rhine-Westphalia', 'MINISTERIUM', DATE '2017-06-30', NULL, NULL, 80),
    ('30000000-0000-0000-0005-000000000009', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000005', 'MKW', 'Ministerium für Kultur und Wissenschaft des Landes Nordrhein-Westfalen',
        'Ministry of Culture and Science of the State of North Rhine-Westphalia', 'MINISTERIUM', DATE '2017-06-30', NULL, NULL, 90),
    ('30000000-0000-0000-0005-000000000010', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000005', 'MULNV', 'Ministerium für Umwelt, Landwirtschaft, Natur- und Verbraucherschutz des Landes Nordrhein-Westfalen',
        'Ministry for Environment, Agriculture, Conservation and Consumer Protection of the State of North Rhine-Westphalia', 'MINISTERIUM', DATE '2017-06-30', NULL, NULL, 100),
    ('30000000-0000-0000-0005-000000000011', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000005', 'VM', 'Ministerium für Verkehr des Landes Nordrhein-Westfalen',
        'Ministry of Transport of the State of North Rhine-Westphalia', 'MINISTERIUM', DATE '2017-06-30', NULL, NULL, 110),
    ('30000000-0000-0000-0005-000000000012', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000005', 'MHKBG', 'Ministerium für Heimat, Kommunales, Bau und Gleichstellung des Landes Nordrhein-Westfalen',
        'Ministry of Regional Identity, Communities and Local Government, Building and Gender Equality of the State of North Rhine-Westphalia', 'MINISTERIUM', DATE '2017-06-30', NULL, NULL, 120),
    ('30000000-0000-0000-0005-000000000013', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000005', 'MBEI', 'Ministerium für Bundes- und Europaangelegenheiten sowie Internationales des Landes Nordrhein-Westfalen',
        'Ministry of Federal and European Affairs and International Relations of the State of North Rhine-Westphalia', 'MINISTERIUM', DATE '2017-06-30', NULL, NULL, 130);

-- Bund (Land key 00): the federal bodies concerned by the eight theme areas.
-- The Federal Chancellery is the federal counterpart of a state chancellery, hence its kind.
INSERT INTO ministry (id, origin_installation, created_at, created_by, updated_at, updated_by, version,
                      land_id, abbreviation, name_de, name_en, kind, valid_from, valid_to, successor_id, sort_order) VALUES
    ('30000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000000', 'BKAmt', 'Bundeskanzleramt',
        'Federal Chancellery', 'STAATSKANZLEI', DATE '2018-03-14', NULL, NULL, 10),
    ('30000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000000', 'BMI', 'Bundesministerium des Innern, für Bau und Heimat',
        'Federal Ministry of the Interior, Building and Community', 'MINISTERIUM', DATE '2018-03-14', NULL, NULL, 20),
    ('30000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000000', 'BMJV', 'Bundesministerium der Justiz und für Verbraucherschutz',
        'Federal Ministry of Justice and Consumer Protection', 'MINISTERIUM', DATE '2018-03-14', NULL, NULL, 30),
    ('30000000-0000-0000-0000-000000000004', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000000', 'BMF', 'Bundesministerium der Finanzen',
        'Federal Ministry of Finance', 'MINISTERIUM', DATE '2018-03-14', NULL, NULL, 40),
    ('30000000-0000-0000-0000-000000000005', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000000', 'BMWi', 'Bundesministerium für Wirtschaft und Energie',
        'Federal Ministry for Economic Affairs and Energy', 'MINISTERIUM', DATE '2018-03-14', NULL, NULL, 50),
    ('30000000-0000-0000-0000-000000000006', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000000', 'BMAS', 'Bundesministerium für Arbeit und Soziales',
        'Federal Ministry of Labour and Social Affairs', 'MINISTERIUM', DATE '2018-03-14', NULL, NULL, 60),
    ('30000000-0000-0000-0000-000000000007', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000000', 'BMG', 'Bundesministerium für Gesundheit',
        'Federal Ministry of Health', 'MINISTERIUM', DATE '2018-03-14', NULL, NULL, 70),
    ('30000000-0000-0000-0000-000000000008', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000000', 'BMVI', 'Bundesministerium für Verkehr und digitale Infrastruktur',
        'Federal Ministry of Transport and Digital Infrastructure', 'MINISTERIUM', DATE '2018-03-14', NULL, NULL, 80),
    ('30000000-0000-0000-0000-000000000009', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000000', 'BMBF', 'Bundesministerium für Bildung und Forschung',
        'Federal Ministry of Education and Research', 'MINISTERIUM', DATE '2018-03-14', NULL, NULL, 90),
    ('30000000-0000-0000-0000-000000000010', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000000', 'BSI', 'Bundesamt für Sicherheit in der Informationstechnik',
        'Federal Office for Information Security', 'BUNDESBEHOERDE', DATE '2018-03-14', NULL, NULL, 100),
    ('30000000-0000-0000-0000-000000000011', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        '10000000-0000-0000-0000-000000000000', 'IT-PLR', 'IT-Planungsrat',
        'IT Planning Council', 'GREMIUM', DATE '2018-03-14', NULL, NULL, 110);


-- -------------------------------------------------------------------------------------
-- Meeting formats (an editable list; switched off with active = FALSE, never deleted).
-- -------------------------------------------------------------------------------------
INSERT INTO meeting_format (id, origin_installation, created_at, created_by, updated_at, updated_by, version,
                            code, name_de, name_en, color, sort_order, active) VALUES
    ('40000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'GEMEINSAME_KABINETTSSITZUNG', 'Gemeinsame Kabinettssitzung', 'Joint cabinet session', '#1A237E', 10, TRUE),
    ('40000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'RESSORTGESPRAECH', 'Ressortgespräch', 'Ministry round', '#00796B', 20, TRUE),
    ('40000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'FACHWORKSHOP', 'Fachworkshop', 'Expert workshop', '#7B1FA2', 30, TRUE),
    ('40000000-0000-0000-0000-000000000004', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'MPK', 'Ministerpräsidentenkonferenz', 'Conference of Minister-Presidents', '#5D4037', 40, TRUE),
    ('40000000-0000-0000-0000-000000000005', '00000000-0000-0000-0000-000000000000', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', TIMESTAMP WITH TIME ZONE '2019-03-12 00:00:00+01:00', 'system', 0,
        'FMK', 'Fachministerkonferenz', 'Sectoral ministers'' conference', '#455A64', 50, TRUE);
