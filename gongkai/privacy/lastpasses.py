"""The passes that read the settled candidates last, in this order: the parties and officials
of legal papers (``courtparties``), with any dotted name they read set to its own edges
(``dottededges``: "被告人在被害人娜仁·其其格" is 娜仁·其其格), names under attribute columns
(``attributecells``), names after a private person's role and what a name is not
(``rolednames``), persons' labels with a qualifier or an index (``qualifiedlabels``),
the unfound members of lists of names (``listsiblings``), staff on rosters and rotas
(``staffrosters``) and acting for the unit in persons' tables (``servicestaff``), persons
acting for an organ or a company beside private persons (``unitagents``), the delegates of
a tendering or purchasing organisation (``unitdelegates``), a keeper's name
heading their shop's (``shopkeepers``) and the shop's premises (``shoppremises``), an
estate's own address under its label (``estateheads``), what is no name (``notnames``: 马医生,
a document number's issuer), a unit's contacts on its row of a register mixing units and
persons (``subjectcontacts``), a directory's units' rows (``unitdirectory``), the units'
lines in persons' records (``recordparts``), a legal person's seat (``legaladdress``), a
person's label whose names recur over records (``recurringlabels``) and an export's key
whose values recur over different persons' records (``recurringkeys``: staff, a kind), a pupil's grade alone in
its cell (``gradecells``: 初三 is no name), an office's head on its directory line
(``directorylines``), and whose each landline is (``landlineowner``, which needs the names the
passes before it settled), and the addresses under a business's place's key in an export
(``placekeys``: ``"jycs"``) and the names under an office's post's label (``postlabels``: 初审人,
窗口负责人), and the address in an office's block of contacts (``officeblocks``) and on the
issuing organ's contact line at a document's foot (``footcontacts``), and a dotted name
in a table's column the table reader left unread (``dottedcells``), and the mobiles a desk's
label claims and the contacts a note denies to any person (``deskphones``), and the names
under a party's head that the text extends with the party's data (``partyheads``), and a
name read one character too long where the text names the person clearly elsewhere
(``knownedges``), and a row's person named again in a cell of prose of that row
(``rowmentions``), and a law firm's lawyer keyed as a case's handler (``counselkeys``), and a record's second person reached at a unit's landline
(``officeholders``: a school's coach, a team's leader, a station's tester) and what is a
sport's name, no person's (``disciplines``: 柔道), and the landlines
of a public unit's agent's column and of an office's table footer (``agentphones``), and the
coaches registered for a public unit and its contacts before its office line (``unitcoaches``), and
officials listed by their post and office line or assigned a post in prose (``postcolumns``), and
officials teaching or invigilating noted by their organ (``dutynotes``), and a
mailbox spelled from a unit's name's initials (``mailinitials``), and a contact named with an
organ's post, an office's part's footer label and a unit's 专户 account (``contactposts``), and the local staff
serving a register's persons by their post, read from the row (``servingposts``: 儿童主任,
网格员 beside the row's person; ``<sbrlx>网格员``; a unit's opinion's signer), the names
under a label naming an office's post by its unit or its review's step (``unitposts``:
乡镇残联专职委员：X, 见证人（…专干）：Y, 评残医生：A、B, a sign-off line's 监发人), the office's part
of a person's record in sheets and exports (``actingparts``: 专职委员 beside 委员电话, ``<jb>``
holding a unit), and the fields of a unit's group, key prefix or neighbour in an export
(``exportgroups``: ``<reporter><unit>``), and last the persons a relation column speaks
of (``kincolumns``: 登记人 left of 与逝者关系), the contacts of an office's party (``partyphones``:
a staff member's line, a post's cell, a unit's line's mailbox), the landlines beside a post's holder on a persons'
table's foot (``footposts``), the mailbox closing a sentence of an office's lines
(``officemails``), the address a role's label gives to a unit (``partyseats``), the series of
found landlines in a unit's switchboard block (``unitblocks``), and the
places that are no home's address
(``siteplaces``: a site's grid place, B区14排11号); before it (privfix22c) the mobiles under a
desk's header of a table aligned with spaces (``aligneddesks``: 值班手机), a mailbox under a
unit's key (``unitmailkeys``: ``<dwyx>``), the bare address of a unit's record in an export
(``recordseats``: ``<dz>`` beside ``<sjdwmc>…中学``) and the seat in a unit's bracket of
particulars (``unitbrackets``: 某公司（法定代表人X，住所地…）), the landline of an export's summary
or footer (``exportfooters``: ``<Summary><lxdh>``) and one whose bracketed note names its desk or
unit (``notedlines``: （0xxx-…值班电话）), and after an organisation's dotted brand in brackets
(``brandnotes``: 某有限公司（雪山下·白沙院子）). Before the office's posts' labels: a
relative named after their kinship's character (``kinheads``: 子X代为报送), a name noted by a
unit's department (``deskdepartments``: X（值班室）) and the persons beside a register's
person whose 身份/职务 cell names an office's post (``dutycolumns``). Last of all (privfix22d): a
unit's record block led by its name and credit code (``codeblocks``), the landlines of a list
under a units' phone label (``unitlists``), a landline after a named party's mobile in its
contact cell (``partycells``), a mailbox spelled from its record's person's name
(``spelledmails``) and the names of a unit's contact column beside its landline
(``unitcontactcols``). After the names read elsewhere (privfix23b): a name read one character
short inside an item delimited on both sides (``itemedges``: ：吉伍小芳、, 欧阳满姑（), a proxy
noted in a bracket after a found name (``proxynotes``: X（Y代）) and a home named by its person
after a verb of place (``namehomes``: 现居其子X家). Last (privfix24b): the names under an office's
desk or duty header (``deskduties``: 窗口人员, 稳控责任人), a roster of mediators past its ruled
lines (``rosterrules``), a party's side or role word (``sidewords``: 甲方, 当事人), a DOCX form's
official label cells and merged rows' labels (``formlabels``), a unit's staff after its name in a
"unit/person" cell (``unitslashes``), a unit number's fixture code (``parcelcodes``), a landline
whose bracket names the unit's desk first (``bracketdesks``) or on a row noting a firm's lawyer
(``lawyernotes``), names listed under an export's staff key (``staffvalues``), a preposition
before a named place (``prepplaces``), persons noted by a public organ (``organnotes``) and a
register's subject named after its role word and before its kin (``subjectkin``: 受种者X之母). Then
(privfix24c) a two-part address cell read as one (``addressjoins``: "…路258号，某花园9栋…室").
Then (privfix25a) Dai names in a Dai place's prose (``dainames``: 岩罕, 玉坎), the neighbours in
a plot's side columns or keys (``sidecolumns``: 东 | 南 | 西 | 北, "sz_d"), a person's landline
under an export's numbered key (``numberedkeys``: lxdh2 beside lxdh) and the clerk under a
register's 收件人 beside its applicant (``intakeclerks``), and staff listed each after their unit
(``unitledlists``: 某镇卫生院X、某服务中心Y等). Then (privfix26b): a bare 姓名 column under a staff
group's merged header (``staffgroups``), persons noted by a public station or as a grid worker
(``stationnotes``), a legal person's representative in prose (``legalprose``), an office's staff
in its own letter's prose (``staffprose``), a landline under a cadre's phone label
(``cadrelabels``), a relative's name read with its kinship word (``kinedges``) and the name
opening a paragraph of particulars (``sexedheads``).
Then (privfix26c) a legal person's row of a
register headed by a 法定代表人 column (``legalrows``: its representative, its seat, its contact at
a landline), an address noted as a business's premises (``premisenotes``: …14号（经营场所）) and
the keeper inside an individual quarry's trade name (``quarrykeepers``: 某旗X石料厂); after the
premises rule, a home's column beside its person's own ID (``homecolumns``: a 责任人's 住址); last, a
desk's mobile after an official the scan's end leaves out (``settleddesks``: X（大队长），值班手机…), a
dotted name's hiring verb (``dottedverbs``: 并雇用X·Y), a river noted after an act on it
(``rivernotes``: 擅自采砂（安宁河）) and an individual business's operator in its note
(``operatornotes``: （个体工商户，经营者 X）) and the landlines of an office's reply paragraph
(``replylines``: 答复（某局）：…联系电话：0xxx-…).
Then (privfix26a) the surveyors of an inspection body
by their column (``surveyorcols``: 验船师, 检验员), a unit's numbered item of a notice (``unititems``:
（三）某检验点：…，电话0xxx-…; its 联系人), a person under a role's label whose own ID the record
gives (``roleownids``: 甲船船长：X … 船长身份证号：…, 值班驾驶员：X（ID）), a person's home under a
bare address key of an export's record (``personkeyseats``: <syr>X</syr><sfzh>…<dz>…号</dz>), a
boat's number read as a house's (``vesselnumbers``: …码头找到某渔12037号渔船) and a name read one character short where its
whole is read elsewhere (``wholementions``: 兰图雅 and 乌兰图 of 乌兰图雅)."""

from __future__ import annotations

from .actingparts import acting_parts
from .addressjoins import address_joins
from .agentphones import agent_landlines
from .aligneddesks import aligned_desk_mobiles
from .alignedlines import aligned_unit_lines
from .attributecells import Candidate, attribute_cells
from .bracketdesks import bracket_desks
from .brandnotes import brand_notes
from .cadrelabels import cadre_labels
from .categorylabels import category_labels
from .certcards import cert_cards
from .claimstaff import claim_staff
from .classstudents import class_students
from .codeblocks import code_blocks
from .collectorsignoffs import collector_signoffs
from .committeecells import committee_cells
from .contactposts import contact_posts
from .correctionstaff import correction_staff
from .counselcolumns import firm_lines
from .counselkeys import counsel_keys
from .courseinstructors import course_instructors
from .courtparties import court_parties
from .cuedotted import cue_dotted
from .dainames import dai_names
from .deathnames import death_names
from .deskdepartments import desk_departments
from .deskduties import desk_duties
from .desknotes import desk_notes
from .deskphones import desk_numbers
from .directorylines import directory_lines
from .disciplines import sport_words
from .diseasenames import disease_names
from .dottedcells import dotted_cells
from .dottededges import dotted_edges
from .dottedvalues import dotted_values
from .dottedverbs import dotted_verbs
from .dutycolumns import duty_columns
from .dutynotes import duty_notes
from .estateflats import estate_flats
from .estateheads import estate_heads
from .exportfooters import export_footers
from .exportgroups import export_groups
from .footcontacts import foot_contacts
from .footerclerks import footer_clerks
from .footposts import foot_post_landlines
from .formlabels import form_labels
from .gradecells import grade_cells
from .holderphones import holder_phones
from .homebrackets import home_brackets
from .homecolumns import home_columns
from .householdcounts import household_counts
from .idbrackets import id_brackets
from .idnamed import id_named
from .inspectorlabels import inspector_labels
from .intakeclerks import intake_clerks
from .itemedges import item_edges
from .keyholders import keyed_holder_phones
from .kincolumns import kin_columns
from .kinedges import kin_edges
from .kinheads import kin_heads
from .kinkeys import kin_keys
from .kinnouns import kin_noun_names
from .kinparents import kin_parents
from .kinsigned import kin_signed
from .kinwords import kin_words
from .knownedges import known_edges
from .landlineowner import owned_landlines
from .lawyernotes import lawyer_notes
from .legaladdress import legal_addresses
from .legalprose import legal_prose
from .legalreps import legal_reps
from .legalrows import legal_rows
from .letteredspaced import lettered_spaced
from .listhouseholds import list_households
from .listsiblings import list_siblings
from .mailinitials import unit_spelled_mails
from .makerunits import maker_units
from .namehomes import name_homes
from .notedlines import noted_lines
from .notnames import not_names
from .numberedkeys import numbered_keys
from .numberlists import number_lists
from .numeralblocks import numeral_blocks
from .officeblocks import office_blocks
from .officeholders import office_holders
from .officemails import office_mails
from .operatornotes import operator_notes
from .opinionsigners import opinion_signers
from .organnotes import organ_notes
from .parcelcodes import parcel_codes
from .partycells import party_cells
from .partyheads import party_heads
from .partykeys import party_key_places
from .partyphones import party_phones
from .partyseats import party_seats
from .personkeyseats import person_key_seats
from .placekeys import business_key_places
from .postbrackets import post_brackets
from .postcolumns import post_columns
from .postlabels import post_labels
from .premisenotes import premise_notes
from .prepplaces import prep_places
from .proxynotes import proxy_notes
from .qualifiedlabels import qualified_labels
from .quarrykeepers import quarry_keepers
from .recordparts import record_part_phones
from .recordseats import record_seats
from .recurringkeys import recurring_keys
from .recurringlabels import recurring_labels
from .replycolumns import reply_columns
from .replylines import reply_lines
from .rivernotes import river_notes
from .rolednames import roled_names
from .roleownids import role_own_ids
from .rosterrules import roster_rules
from .rowmentions import row_mentions
from .rowrefs import row_refs
from .servicestaff import service_staff
from .servingposts import serving_posts
from .settleddesks import settled_desks
from .sexedheads import sexed_heads
from .sexedrecords import sexed_records
from .sharedinitials import shared_initials
from .shopkeepers import repeated_keepers, shop_keepers
from .shoppremises import shop_premises
from .sidecolumns import side_columns
from .sidewords import side_words
from .siteplaces import site_places
from .spelledmails import spelled_mails
from .staffedlines import staffed_lines
from .staffgroups import staff_groups
from .stafflists import staff_lists
from .staffpanels import staff_panels
from .staffprose import staff_prose
from .staffrosters import staff_rosters
from .staffruns import staff_runs
from .staffvalues import staff_values
from .stationnotes import station_notes
from .subjectcolumns import subject_columns
from .subjectcontacts import subject_contacts
from .subjectkin import subject_kin
from .surveyorcols import surveyor_columns
from .tradecells import trade_cells
from .tradekeepers import trade_keepers
from .treespecies import tree_species
from .unitaccountcells import unit_account_cells
from .unitagents import unit_agents
from .unitblocks import switchboard_lines
from .unitbrackets import unit_brackets
from .unitcoaches import unit_coaches
from .unitcontactcols import unit_contact_columns
from .unitcontactnotes import unit_contact_notes
from .unitdelegates import unit_delegates
from .unitdirectory import directory_rows
from .unititems import unit_items
from .unitledlists import unit_led_lists
from .unitlists import unit_lists
from .unitmailkeys import unit_mail_keys
from .unitpostcells import unit_post_cells
from .unitposts import office_post_labels
from .unitrecords import unit_record_lines
from .unitslashes import unit_slashes
from .vesselnumbers import vessel_numbers
from .villageposts import village_posts
from .wholementions import whole_mentions
from .workerlists import worker_lists


def last_passes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` after the last passes (module docstring)."""
    cands = dotted_edges(text, court_parties(text, cands))  # parties, officials of legal papers
    cands = cue_dotted(text, cands)  # 退役军人阿不都热合曼·买买提: a name after a cue (cuedotted)
    cands = attribute_cells(text, cands)  # 界别, 党派, 涉及条款 … columns
    cands = roled_names(text, cands)  # 乘客X, X阿姨, 与儿子, “…”客栈, 陈吴美玲
    cands = qualified_labels(text, cands)  # 委托人（房屋所有人）：, 被监护人2：
    cands = list_siblings(text, cands)  # a list's members its found ones vouch for
    cands = staff_rosters(text, cands)  # rosters, rotas, 监考员X、Y, 受理人 records
    cands = service_staff(text, cands)  # 护送人员, 安检员 columns; X（派出所民警）
    cands = unit_agents(text, cands)  # an organ's or a company's person in a row
    cands = unit_delegates(text, cands)  # 招标人代表：X, X（采购人代表）: the unit's
    cands = shop_keepers(text, cands)  # "X五金店（个体工商户）" beside its keeper X
    cands = repeated_keepers(text, cands)  # "某镇X五金店,X": the keeper's cell, no 个体
    cands = trade_keepers(text, cands)  # "某县某镇X手机店" alone in a cell (tradekeepers)
    # an individual business's row: its premises; a home's column beside its person's ID kept
    cands = home_columns(text, cands, shop_premises(text, cands))  # (homecolumns)
    cands = estate_heads(text, cands)  # "小区：…96号玉山苑": the estate, not a home
    cands = not_names(text, cands)  # 马医生, the issuer of 江农（渔）罚〔2023〕31号
    cands = subject_contacts(text, cands)  # a unit's row: its contacts are the unit's
    cands = directory_rows(text, cands)  # a directory's unit row: its staff and line
    cands = record_part_phones(text, cands)  # a unit's line in a person's record
    cands = legal_addresses(text, cands)  # a legal person's seat (legaladdress)
    cands = recurring_labels(text, cands)  # 确认人：X over records: the office's few
    cands = recurring_keys(text, cands)  # <送达人>X</送达人>, "fwxm": "助医" over records
    cands = grade_cells(text, cands)  # 初三, 高一 alone in a pupil's grade cell
    cands = directory_lines(text, cands)  # "某局某股　负责人：X　电话：…" a line
    cands = owned_landlines(text, cands)  # a unit's by its shape, no private owner
    cands = business_key_places(text, cands)  # "jycs": "…", a business's place by its key
    cands = party_key_places(text, cands)  # <SHDZ> where <SHR> is a shop (partykeys)
    cands = post_labels(text, cands)  # 初审人：X, 窗口负责人：A（甲县）、B: in office
    cands = office_blocks(text, cands)  # 联系人／联系电话／联系地址 of an office
    cands = foot_contacts(text, cands)  # the issuer's 联系地址：…　联系电话：… at the foot
    cands = dotted_cells(text, cands)  # a dotted name in a column of no persons
    cands = desk_numbers(text, cands)  # 值班手机, "（非个人号码）": a desk's (deskphones)
    cands = party_heads(text, cands)  # 流出方 beside 流出方身份证号: the party's name
    cands = known_edges(text, cands)  # 谢强土地 where 谢强， stands elsewhere
    cands = item_edges(text, cands)  # ：吉伍小芳、, 欧阳满姑（: a delimited item's four (itemedges)
    cands = proxy_notes(
        text, cands
    )  # 曾某某（李某某代）: the proxy after a found name (proxynotes)
    cands = name_homes(text, cands)  # 现居其子巴图家, 邻居X家也是: X's home (namehomes)
    cands = row_mentions(text, cands)  # a row's person again in its prose cell
    cands = counsel_keys(text, cands)  # a firm's lawyer keyed as a case's handler
    cands = firm_lines(text, cands)  # a firm's fixed line in its lawyer's row (counselcolumns)
    cands = office_holders(text, cands)  # a record's second person at a unit's landline
    cands = sport_words(text, cands)  # 田径, 柔道 under a name's key: a sport (disciplines)
    cands = contact_posts(text, cands)  # 联系人：X（立案庭副庭长）, 执行款专户's 账号
    cands = serving_posts(text, cands)  # 儿童主任, 网格员 beside the row's person (servingposts)
    cands = kin_heads(text, cands)  # （妻X·Y代为记账）, 子X代为报送 (kinheads)
    cands = desk_departments(text, cands)  # X（值班室）, Y（后勤处）: a unit's keeper
    cands = duty_columns(text, cands)  # 工作小组成员 beside 身份/职务: 禁毒办专干 (dutycolumns)
    cands = office_post_labels(text, cands)  # 乡镇残联专职委员：X, 见证人（…委员）：Y (unitposts)
    cands = agent_landlines(text, cands)  # a school's coach's column, an office's footer line
    cands = unit_coaches(text, cands)  # 注册单位 … 注册教练员: the unit's coach (unitcoaches)
    cands = post_columns(text, cands)  # 责任领导 | 职务 | 办公电话; 主任由X兼任 (postcolumns)
    cands = duty_notes(text, cands)  # 授课：X（县应急管理局）, then 监考人：X (dutynotes)
    cands = acting_parts(text, cands)  # 专职委员 + 委员电话, <jb><dw>…站 (actingparts)
    cands = unit_spelled_mails(text, cands)  # yfxjtj@: 云峰县教体局, a unit's (mailinitials)
    cands = export_groups(text, cands)  # an export's unit's group, prefix or neighbour
    cands = kin_columns(text, cands)  # 登记人 left of 与逝者关系 (kincolumns)
    cands = party_phones(text, cands)  # a staff member's, a post's cell's, a unit's line's
    cands = foot_post_landlines(text, cands)  # 劳资专管员：X（0xxx-…） on a register's foot
    cands = office_mails(text, cands)  # 报名电话：0xxx-…转201；电子邮箱：… (officemails)
    cands = party_seats(text, cands)  # 投诉人地址 where 投诉人：某公司 (partyseats)
    cands = holder_phones(text, cands)  # 出租人联系电话 where 出租人 is a company (holderphones)
    cands = keyed_holder_phones(text, cands)  # "fzlxdh" where "fzxm" is a company (keyholders)
    cands = unit_record_lines(text, cands)  # <LXDH> of a <DWMC>…公司 record (unitrecords)
    cands = switchboard_lines(text, cands)  # 2285131 beside the centre's 2285110 (unitblocks)
    cands = aligned_unit_lines(text, cands)  # 办公电话 over an aligned column (alignedlines)
    cands = household_counts(text, cands)  # 受威胁对象：X家4人、Y家3人 (householdcounts)
    cands = aligned_desk_mobiles(text, cands)  # 值班手机 over an aligned column (aligneddesks)
    cands = unit_mail_keys(text, cands)  # <dwyx>, "unit_email": a unit's mailbox (unitmailkeys)
    cands = record_seats(text, cands)  # <dz> of a <sjdwmc>…中学 record (recordseats)
    cands = unit_brackets(text, cands)  # 某公司（法定代表人X，住所地…）: its seat (unitbrackets)
    cands = export_footers(text, cands)  # <Summary><lxdh>: the exporting office's (exportfooters)
    cands = noted_lines(text, cands)  # （0xxx-…值班电话）: the unit's (notedlines)
    cands = code_blocks(text, cands)  # "1. 某公司\n统一社会信用代码：…\n…电话" (codeblocks)
    cands = unit_lists(text, cands)  # "定点护理机构联系电话：甲0952-…，乙0952-…" (unitlists)
    cands = party_cells(text, cands)  # 投诉人联系方式 "138…，0572-…" (partycells)
    cands = spelled_mails(text, cands)  # lvzihan@…edu.cn in 吕梓涵's record (spelledmails)
    cands = unit_contact_columns(text, cands)  # 单位联系人 | 单位电话 (unitcontactcols)
    cands = brand_notes(text, cands)  # 某有限公司（雪山下·白沙院子）: its brand (brandnotes)
    cands = unit_post_cells(text, cands)  # 单位联系人及电话: 办公室 X, 0738-… (unitpostcells)
    cands = id_brackets(text, cands)  # 寄件人X（4116…）: the party before its ID (idbrackets)
    cands = estate_flats(text, cands)  # 某安置小区 7号楼1102室 in a person's row (estateflats)
    cands = staffed_lines(text, cands)  # 县就业服务中心 X，0772-…: the unit's (staffedlines)
    cands = desk_duties(text, cands)  # 窗口人员, 稳控责任人 columns: in office (deskduties)
    cands = surveyor_columns(text, cands)  # 验船师, 检验员 columns: in office (surveyorcols)
    cands = unit_items(text, cands)  # （三）某检验点：…，电话0xxx-…: the unit's (unititems)
    cands = person_key_seats(text, cands)  # <cbsyr>X</cbsyr><sfzh>…<dz>…号</dz> (personkeyseats)
    cands = vessel_numbers(text, cands)  # …码头找到黑抚渔12037号渔船: a boat's (vesselnumbers)
    cands = roster_rules(text, cands)  # a mediators' roster past its ruled lines (rosterrules)
    cands = side_words(text, cands)  # 甲方, 乙方, 当事人 read as names: words (sidewords)
    cands = form_labels(text, cands)  # 调解员签名⇥X Y; a merged row's label (formlabels)
    cands = unit_slashes(text, cands)  # 接种单位/接种人员 "某中心 / X": its staff (unitslashes)
    cands = parcel_codes(text, cands)  # …JC00077 W00000000: a unit number's, no permit
    cands = bracket_desks(text, cands)  # 0xxx-…（登记中心收费室，…）: the unit's (bracketdesks)
    cands = lawyer_notes(text, cands)  # | X（律师，某律师事务所） | 0xxx-…: the firm's
    cands = staff_values(text, cands)  # "tjy":"X、Y", dcr="X": the office's staff (staffvalues)
    cands = prep_places(text, cands)  # 向伊宁 before 县, 伊宁县 elsewhere: a place (prepplaces)
    cands = organ_notes(text, cands)  # X、Y（某县人民法院执行局）: the organ's (organnotes)
    cands = subject_kin(text, cands)  # 受种者X之母, 受种者Y（2023年2月出生）: a person
    cands = address_joins(text, cands)  # "…258号，某花园9栋…室": one cell (addressjoins)
    cands = claim_staff(text, cands)  # 查勘员X、Y；协保员Z（某村）: in that role (claimstaff)
    cands = list_households(text, cands)  # 某村4号户: a list's fourth household (listhouseholds)
    cands = sexed_records(text, cands)  # 被保险人：X then 性别：男: X a name (sexedrecords)
    cands = dai_names(text, cands)  # 与兄长岩温龙（138…）in a Dai township's text (dainames)
    cands = side_columns(text, cands)  # 东 | 南 | 西 | 北 columns, "sz_d" keys (sidecolumns)
    cands = numbered_keys(text, cands)  # "lxdh2" beside a person's "lxdh" (numberedkeys)
    cands = intake_clerks(text, cands)  # 收件人 beside 申请人: the desk's clerk (intakeclerks)
    cands = unit_led_lists(text, cands)  # 某卫生院X、某中心Y等: staff by unit (unitledlists)
    cands = legal_reps(text, cands)  # X ⇥ 法定代表人, "fddbr": "X" of a company (legalreps)
    cands = worker_lists(text, cands)  # 拖欠装卸工X、Y、Z工资: the workers (workerlists)
    cands = unit_account_cells(text, cands)  # 工资专用账户账号: the unit's (unitaccountcells)
    cands = maker_units(text, cands)  # 制表单位 then 联系电话: the unit's (makerunits)
    cands = inspector_labels(text, cands)  # 监察员：A、B: in office (inspectorlabels)
    cands = course_instructors(text, cands)  # 教员：X、Y　监考：Z: in office (courseinstructors)
    cands = staff_groups(text, cands)  # 帮扶责任人 over 姓名 | 单位及职务 (staffgroups)
    cands = station_notes(text, cands)  # X（镇水务站）, Y（某村网格员） (stationnotes)
    cands = legal_prose(text, cands)  # 某有限公司，…，法定代表人X，… (legalprose)
    cands = staff_prose(text, cands)  # 指派A、B两名工作人员; 县某局X同志 (staffprose)
    cands = cadre_labels(text, cands)  # 帮扶责任人电话：0xxx-…: the office's (cadrelabels)
    cands = kin_edges(text, cands)  # 岳母杨德芳 read as one: 杨德芳 (kinedges)
    cands = sexed_heads(text, cands)  # 萨仁高娃，女，蒙古族，…: the run whole (sexedheads)
    cands = legal_rows(text, cands)  # 探矿权人,法定代表人,…: a company's row (legalrows)
    cands = premise_notes(text, cands)  # …14号（经营场所）: a business's (premisenotes)
    cands = quarry_keepers(text, cands)  # 某旗X石料厂（个体）: the keeper (quarrykeepers)
    cands = settled_desks(text, cands)  # X（大队长），值班手机138…: the desk's (settleddesks)
    cands = dotted_verbs(text, cands)  # 并雇用X·Y: the name after the verb (dottedverbs)
    cands = river_notes(text, cands)  # 擅自采砂（安宁河）: a river (rivernotes)
    cands = operator_notes(text, cands)  # （个体工商户，经营者 X）: X (operatornotes)
    cands = reply_lines(text, cands)  # 答复（某局）：…联系电话：0xxx-…: the office's (replylines)
    cands = role_own_ids(text, cands)  # 船长：X … 船长身份证号：…: a person (roleownids)
    cands = whole_mentions(text, cands)  # 兰图雅 where 乌兰图雅 is found: whole (wholementions)
    cands = collector_signoffs(text, cands)  # 采集人：X　核验人：Y: the office's
    cands = death_names(text, cands)  # X已于2023年9月去世: a person, and X's mentions (deathnames)
    cands = staff_runs(text, cands)  # 由复议审查人员A、B进行了审查: in office (staffruns)
    cands = row_refs(text, cands)  # 第6行X使用…: the row's person in its note (rowrefs)
    cands = number_lists(text, cands)  # 复核编号依次为A、B、C: the label's (numberlists)
    cands = staff_lists(text, cands)  # 评定医师：A（肢体）　B（视力）: in office (stafflists)
    cands = category_labels(text, cands)  # 诉求类别：民政·残疾人福利: a kind (categorylabels)
    cands = kin_words(text, cands)  # 来电人和弟弟X: a kinship word (kinwords)
    cands = desk_notes(text, cands)  # 0xxx-…（就业指导科，X）: the unit's clerk (desknotes)
    cands = committee_cells(text, cands)  # 村委会代领 ⏎ 0xxx-…: the committee's (committeecells)
    cands = shared_initials(text, cands)  # <SHRXM>X</SHRXM> by <SFZH>: a victim (sharedinitials)
    cands = cert_cards(text, cands)  # "xkzh":"5107272024000081": a licence's (certcards)
    cands = staff_panels(text, cands)  # 某股：A、B，电话0xxx-…; 考核组：C、D (staffpanels)
    cands = tree_species(text, cands)  # 马尾松, 毛竹 in a 主要树种 cell: a tree (treespecies)
    cands = subject_columns(text, cands)  # 社区矫正对象 | 安置帮教对象 columns (subjectcolumns)
    cands = correction_staff(text, cands)  # 帮教责任人（村居）: in office (correctionstaff)
    cands = kin_keys(text, cands)  # "jlr":"X","jlrgx":"配偶": a person (kinkeys)
    cands = numeral_blocks(text, cands)  # 二、某公司 ⏎ 统一社会信用代码: (numeralblocks)
    cands = home_brackets(text, cands)  # X（住…7号，电话0930-…）: the home's (homebrackets)
    cands = post_brackets(text, cands)  # 所长X（0731-…）: the office's line (postbrackets)
    cands = class_students(text, cands)  # 高二（9）班学生: the class's 班 (classstudents)
    cands = lettered_spaced(text, cands)  # 学籍号 G653121 20081209 5170: the ID (letteredspaced)
    cands = dotted_values(text, cands)  # 家庭成员1：阿不都热合曼·依明｜: whole (dottedvalues)
    cands = opinion_signers(text, cands)  # 班主任意见：…签字：X: in office (opinionsigners)
    cands = village_posts(text, cands)  # 证明人：X（村支书），电话0xxx-…: the committee's
    cands = footer_clerks(text, cands)  # …印发 ⏎ 经办人：X: in office (footerclerks)
    cands = reply_columns(text, cands)  # 答复人 column of a petitions' register (replycolumns)
    cands = trade_cells(text, cands)  # 创业项目 肉牛养殖, "cyxm": "超市": a trade (tradecells)
    cands = disease_names(text, cands)  # 诊断病种：宫颈癌: a disease (diseasenames)
    cands = kin_noun_names(text, cands)  # 留守儿童X, 前夫向X: the person (kinnouns)
    cands = id_named(text, cands)  # 破碎工X（身份证号码：…）: a person, and X's mentions (idnamed)
    cands = kin_parents(text, cands)  # 某村X之女Y: X the parent, Y's surname (kinparents)
    cands = kin_signed(text, cands)  # 签收 cell "X（家属）": the relative signing (kinsigned)
    cands = unit_contact_notes(text, cands)  # 单位电话0xxx-…，联系人：X: the unit's
    return site_places(text, cands)  # B区14排11号: a site's grid place (siteplaces)
