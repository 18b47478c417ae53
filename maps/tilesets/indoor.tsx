<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="indoor" tilewidth="16" tileheight="16" tilecount="137" columns="16">
 <image source="../../assets/tiles/indoor.png" width="256" height="144"/>
 <tile id="0">
  <properties>
   <property name="name" value="floor_wood_0"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="floor_wood_1"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="floor_wood_2"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="floor_tile"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="floor_stone"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="rug_0"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="rug_1"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="rug_2"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="rug_3"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="rug_4"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="rug_5"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="rug_6"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="rug_7"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="rug_8"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="rug_9"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="rug_10"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="rug_11"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="rug_12"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="rug_13"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="rug_14"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="rug_15"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="wallcap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="wallcap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="wallcap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="wallcap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="wallcap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="wallcap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="wallcap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="wallcap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="wallcap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="wallcap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="wallcap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="wallcap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="wallcap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="wallcap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="wallcap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="wallcap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="wall_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="wall_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="window/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="glow" value="window,1,2"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="window/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="painting_hills"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="painting_sea"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="painting_house"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="portrait"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="noticeboard/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="noticeboard/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="door/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="door/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="doorway/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="doorway/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="clock/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="clock/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="bookshelf/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="bookshelf/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="stairs/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="stairs/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="stairs/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="stairs/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="stairs/0,2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="stairs/1,2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="desk/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,9,15,7"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="desk/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,9,15,7"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="chair"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,9,10,7"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="bed/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,1,14,15"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="bed/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,8,14,7"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="piano/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,15,16"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="piano/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,0,15,16"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="piano/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,15,16"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="piano/1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,0,15,16"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="lockers/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,1,14,15"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="lockers/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="plant/0,0"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="plant/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="4,7,8,7"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="hall_table/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,8,15,7"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="hall_table/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,15,7"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="stage"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="doormat"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="coat_stand/0,0"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="coat_stand/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,8,10,7"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="pupil_desk"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,9,14,7"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="teacher_desk/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,9,16,7"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="teacher_desk/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="blackboard/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="blackboard/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="blackboard/2,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="easel/0,0"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="easel/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="easel_sea/0,0"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="easel_sea/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="easel_dusk/0,0"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="easel_dusk/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="paint_pots"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,9,14,7"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="art_pinned/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="art_pinned/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="dorm_bed/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="dorm_bed/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="dorm_bed_teal/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="dorm_bed_teal/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="dorm_bed_ochre/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="dorm_bed_ochre/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="dorm_bed_navy/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="dorm_bed_navy/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="dorm_bed_sage/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="dorm_bed_sage/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="bedside_table"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,10,12,6"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="bedside_cassette"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,9,12,7"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="cassette_player"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="lectern/0,0"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="lectern/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,8,10,7"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="stage_front"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="stage_steps"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="hall_bench/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,10,16,6"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="hall_bench/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,10,16,6"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="trestle/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,10,16,6"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="trestle/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,10,16,6"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="sale_toys/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="sale_toys/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,10,16,6"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="sale_clothes/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,9,16,7"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="sale_clothes/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,10,16,6"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="sale_mixed/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,10,16,6"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="sale_mixed/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,10,16,6"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="infirmary_bed/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="infirmary_bed/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,0,14,16"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="cabinet/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="cabinet/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="screen/0,0"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="screen/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,8,15,7"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="door_ajar/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="door_ajar/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="art_sink/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="art_sink/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="map_england/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="map_england/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="scales/0,0"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="scales/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,7,12,6"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="wall_lamp"/>
   <property name="solid" type="bool" value="true"/>
   <property name="glow" value="lamp,1,1"/>
  </properties>
 </tile>
</tileset>
